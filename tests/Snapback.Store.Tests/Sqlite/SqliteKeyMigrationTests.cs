using Microsoft.Data.Sqlite;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;
using Snapback.Store.Sqlite;

namespace Snapback.Store.Tests.Sqlite;

/// <summary>Keys the service kept in its own <c>api_keys</c> table, beside the data, keep working once the store holds the keys.</summary>
public sealed class SqliteKeyMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Open_FileWithTheOldApiKeysTable_MovesEveryKeyWithItsTimesAndRole()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "snapback.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TABLE api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL, revoked_at TEXT NULL);
                INSERT INTO api_keys VALUES ('a1', 'ops desk', 'analyst', '{KeySecret.Hash("sbk_old")}', '2026-11-02T09:30:15.1234567+00:00', NULL);
                INSERT INTO api_keys VALUES ('r1', 'gone', 'admin', '{KeySecret.Hash("sbk_gone")}', '2026-10-01T00:00:00.0000000+00:00',
                    '2026-10-05T12:00:00.0000000+00:00');
                """;
            await command.ExecuteNonQueryAsync(ct);
        }

        var store = await SqliteListStore.OpenAsync(path, ct);
        var keys = new KeyService(store.Cases, TimeProvider.System);

        var found = await keys.FindBySecretAsync("sbk_old", ct);
        Assert.NotNull(found);
        Assert.Equal(("a1", "ops desk", CaseRole.Analyst), (found.Id, found.Name, found.Role));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 30, 15, 123, TimeSpan.Zero), found.CreatedAt);
        Assert.Null(await keys.FindBySecretAsync("sbk_gone", ct));
        var revoked = Assert.Single(await keys.ListAsync(ct), k => k.Id == "r1");
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero), revoked.RevokedAt);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
