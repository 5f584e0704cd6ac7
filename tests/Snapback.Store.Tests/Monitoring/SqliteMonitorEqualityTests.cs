using Microsoft.Data.Sqlite;
using Snapback.Store.Sqlite;

namespace Snapback.Store.Tests.Monitoring;

/// <summary>The 100,000-customer portfolio, on SQLite files copied between the two ways.</summary>
public sealed class SqliteMonitorEqualityTests : MonitorEqualityTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));

    protected override int Customers => 100_000;

    protected override async Task<SqlListStore> OpenStoreAsync(string name) => await SqliteListStore.OpenAsync(PathOf(name), Ct);

    protected override async Task<SqlListStore?> CopyAsync(string from, string name)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(folder, from + ".db*"))
        {
            File.Copy(file, Path.Combine(folder, name + Path.GetFileName(file)[from.Length..]));
        }

        return await OpenStoreAsync(name);
    }

    private string PathOf(string name) => Path.Combine(folder, name + ".db");

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        await base.DisposeAsync();
    }
}
