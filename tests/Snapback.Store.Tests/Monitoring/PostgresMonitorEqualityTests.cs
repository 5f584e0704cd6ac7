using Snapback.Store.Postgres;
using Snapback.Store.Tests.Support;

namespace Snapback.Store.Tests.Monitoring;

/// <summary>A smaller portfolio on the real PostgreSQL named by SNAPBACK_TEST_PG, each store in its own schema, built the same way twice.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresMonitorEqualityTests : MonitorEqualityTests
{
    private readonly string prefix = "snapback_test_" + Guid.NewGuid().ToString("N")[..12] + "_";
    private readonly List<(string Schema, PostgresListStore Store)> opened = [];

    protected override int Customers => 10_000;

    protected override async Task<SqlListStore> OpenStoreAsync(string name)
    {
        var schema = prefix + name;
        await PostgresServer.ScalarAsync($"CREATE SCHEMA {schema}");
        var store = await PostgresListStore.OpenAsync(PostgresServer.InSchema(schema), Ct);
        opened.Add((schema, store));
        return store;
    }

    protected override Task<SqlListStore?> CopyAsync(string from, string name) => Task.FromResult<SqlListStore?>(null);

    public override async ValueTask DisposeAsync()
    {
        foreach (var (schema, store) in opened)
        {
            await store.DisposeAsync();
            await PostgresServer.ScalarAsync($"DROP SCHEMA {schema} CASCADE");
        }

        await base.DisposeAsync();
    }
}
