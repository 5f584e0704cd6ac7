using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Snapback.Store.Postgres;

/// <summary>
/// The ASP.NET Core data-protection key ring in the PostgreSQL store's <c>data_protection_keys</c> table, so every server sharing the
/// database signs and reads the same cookies, and the keys are backed up with the data. The store must have been opened (migrated)
/// first. Keys are encrypted before they get here when a certificate is configured.
/// </summary>
public sealed class PostgresXmlRepository : IXmlRepository, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">The store's connection string (its search path names the schema).</param>
    public PostgresXmlRepository(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = _dataSource.CreateCommand(KeyRingRows.SelectAll);
        return KeyRingRows.ReadAll(command);
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrEmpty(friendlyName);
        using var command = _dataSource.CreateCommand(
            "INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = KeyRingRows.Text(element) });
        command.ExecuteNonQuery();
    }

    public void Dispose() => _dataSource.Dispose();
}
