using Microsoft.Data.Sqlite;
using Snapback.Store.Sqlite;

namespace Snapback.Store.Tests.Monitoring;

public sealed class SqliteMonitorServiceTests : MonitorServiceContractTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(folder, "snapback.db");

    protected override async Task<SqlListStore> OpenStoreAsync() => await SqliteListStore.OpenAsync(DbPath, Ct);

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        await base.DisposeAsync();
    }
}
