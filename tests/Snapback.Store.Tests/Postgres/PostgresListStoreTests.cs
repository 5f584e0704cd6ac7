using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Store.Postgres;
using Snapback.Store.Tests.Support;

namespace Snapback.Store.Tests.Postgres;

/// <summary>
/// The store contract against a real PostgreSQL server named by SNAPBACK_TEST_PG (see .ci/postgres.sh), each test in its own schema.
/// Without it they fail, saying how to start one: a test run that cannot reach the real server has not tested the store.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresListStoreTests : ListStoreContractTests
{
    private readonly string schema = "snapback_test_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresListStore> opened = [];
    private readonly List<PostgresXmlRepository> rings = [];

    protected override async Task<IListStore> OpenStoreAsync()
    {
        await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {schema}");
        var store = await PostgresListStore.OpenAsync(PostgresServer.InSchema(schema), Ct);
        opened.Add(store);
        return store;
    }

    [Fact(Timeout = 60_000)]
    public async Task LockUpdates_WaiterOnTheSameSource_IsBlockedInTheServerUntilRelease()
    {
        var other = await OpenStoreAsync();
        var held = await Store.LockUpdatesAsync(ListSources.Un, Ct);

        var waiting = other.LockUpdatesAsync(ListSources.Un, Ct);
        while (await WaitersAsync(ListSources.Un) == 0)
        {
            await Task.Delay(20, Ct);
        }

        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await (await waiting).DisposeAsync();
        Assert.Equal(0, await WaitersAsync(ListSources.Un));
    }

    [Fact(Timeout = 60_000)]
    public async Task LockUpdates_OtherSourceOrOtherSchema_DoesNotWait()
    {
        await using var held = await Store.LockUpdatesAsync(ListSources.Un, Ct);
        await using var otherSource = await (await OpenStoreAsync()).LockUpdatesAsync(ListSources.Eu, Ct);

        var otherSchema = "snapback_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE SCHEMA {otherSchema}");
        try
        {
            await using var store = await PostgresListStore.OpenAsync(
                PostgresServer.InSchema(otherSchema), Ct);
            await using var sameSourceElsewhere = await store.LockUpdatesAsync(ListSources.Un, Ct);
        }
        finally
        {
            await ExecuteAsync($"DROP SCHEMA {otherSchema} CASCADE");
        }
    }

    // Update locks of this test's schema that a session is waiting for.
    private async Task<long> WaitersAsync(string source) => (long)(await ExecuteAsync(
        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 7262202 " +
        $"AND objid = hashtext('{schema}/{source}')::oid"))!;

    protected override Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository KeyRing()
    {
        var ring = new PostgresXmlRepository(PostgresServer.InSchema(schema));
        rings.Add(ring);
        return ring;
    }

    protected override async Task<long> CountRowsAsync(string table) => (long)(await ExecuteAsync($"SELECT COUNT(*) FROM {schema}.{table}"))!;

    public override async ValueTask DisposeAsync()
    {
        rings.ForEach(static ring => ring.Dispose());
        foreach (var store in opened)
        {
            await store.DisposeAsync();
        }

        if (opened.Count > 0)
        {
            await ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
        }

        await base.DisposeAsync();
    }

    private static Task<object?> ExecuteAsync(string sql) => PostgresServer.ScalarAsync(sql);
}
