using System.Globalization;
using Microsoft.Data.Sqlite;
using Snapback.Screening.Lists;
using Snapback.Store.Sqlite;

namespace Snapback.Store.Tests.Sqlite;

public sealed class SqliteListStoreTests : ListStoreContractTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(folder, "nested", "snapback.db");

    protected override async Task<IListStore> OpenStoreAsync() => await SqliteListStore.OpenAsync(DbPath, Ct);

    protected override Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository KeyRing() => new SqliteXmlRepository((SqliteListStore)Store);

    protected override async Task<long> CountRowsAsync(string table) =>
        Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Open_NewFile_CreatesFolderInWalModeWithForeignKeys()
    {
        Assert.True(File.Exists(DbPath));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(
            "INSERT INTO snapshot_entities (snapshot_id, entity_id, version_hash) VALUES (999, 'x', 'y')", foreignKeys: true));
    }

    [Fact]
    public async Task OpenSqlite_GivenPath_CreatesTheFileThere()
    {
        var store = await SnapbackStore.OpenSqliteAsync(Path.Combine(folder, "other", "custom.db"), Ct);

        Assert.Equal(Path.Combine(folder, "other", "custom.db"), store.Path);
        Assert.True(File.Exists(store.Path));
    }

    [Fact]
    public void SqlitePath_NoOption_FallsBackToVariableThenDefault()
    {
        Assert.Equal("x.db", SnapbackStore.SqlitePath("x.db"));
        var expected = Environment.GetEnvironmentVariable(SnapbackStore.DbVariable) is { Length: > 0 } configured
            ? configured
            : ".snapback/snapback.db";
        Assert.Equal(expected, SnapbackStore.SqlitePath(null));
    }

    private async Task<object?> ScalarAsync(string sql, bool foreignKeys = false)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, ForeignKeys = foreignKeys }.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
