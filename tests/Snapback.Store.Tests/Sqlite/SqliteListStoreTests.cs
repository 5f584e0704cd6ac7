using Microsoft.Data.Sqlite;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;
using Snapback.Store.Sqlite;

namespace Snapback.Store.Tests.Sqlite;

public sealed class SqliteListStoreTests : ListStoreContractTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(folder, "nested", "snapback.db");

    protected override async Task<IListStore> OpenStoreAsync() => await SqliteListStore.OpenAsync(DbPath, Ct);

    public override async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Open_NewFile_CreatesFolderInWalModeAtCurrentVersion()
    {
        var reopened = await SqliteListStore.OpenAsync(DbPath, Ct);

        Assert.True(File.Exists(DbPath));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        Assert.Equal(reopened.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync("SELECT group_concat(version) FROM schema_version"));
    }

    [Fact]
    public async Task SaveSnapshot_TenPublicationsOfOneList_StoresEachContentOnce()
    {
        var people = Some.People(200);
        for (var n = 0; n < 10; n++)
        {
            // Each publication changes one entity and keeps the rest.
            var changed = people.SetItem(n, Some.Person(people[n].Id, "CHANGED " + n));
            await Store.SaveSnapshotAsync(Draft(changed, Some.Sha("p" + n), Some.Date(2025, 1, 1 + n)), Ct);
        }

        Assert.Equal("2000", await ScalarAsync("SELECT COUNT(*) FROM snapshot_entities"));
        // The 200 original versions plus one changed version per publication.
        Assert.Equal((200 + 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync("SELECT COUNT(*) FROM entity_versions"));
        Assert.Equal(10, (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Count);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
