using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;

namespace Snapback.Store.Sqlite;

/// <summary>
/// The ASP.NET Core data-protection key ring (which signs the UI's cookies and antiforgery tokens) in the store's own SQLite file,
/// table <c>data_protection_keys</c>, so it lives, is backed up and is moved with the data instead of in a home folder. The store
/// must have been opened (migrated) first. Keys are encrypted before they get here when a certificate is configured.
/// </summary>
public sealed class SqliteXmlRepository(SqliteListStore store) : IXmlRepository
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = (store ?? throw new ArgumentNullException(nameof(store))).Path,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = KeyRingRows.SelectAll;
        return KeyRingRows.ReadAll(command);
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrEmpty(friendlyName);
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($name, $xml)";
        command.Parameters.AddWithValue("$name", friendlyName);
        command.Parameters.AddWithValue("$xml", KeyRingRows.Text(element));
        command.ExecuteNonQuery();
    }
}
