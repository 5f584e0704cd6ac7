using Snapback.Store.Postgres;
using Snapback.Store.Tests.Support;

namespace Snapback.Store.Tests.Monitoring;

/// <summary>The monitoring contract against the real PostgreSQL named by SNAPBACK_TEST_PG, each test in its own schema.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresMonitorServiceTests : MonitorServiceContractTests
{
    private readonly string schema = "snapback_test_" + Guid.NewGuid().ToString("N");
    private PostgresListStore? opened;

    protected override async Task<SqlListStore> OpenStoreAsync()
    {
        await PostgresServer.ScalarAsync($"CREATE SCHEMA {schema}");
        opened = await PostgresListStore.OpenAsync(PostgresServer.InSchema(schema), Ct);
        return opened;
    }

    protected override async Task ExecuteAsync(string sql) => await PostgresServer.ScalarAsync($"SET search_path TO {schema}; {sql}");

    public override async ValueTask DisposeAsync()
    {
        if (opened is not null)
        {
            await opened.DisposeAsync();
            await PostgresServer.ScalarAsync($"DROP SCHEMA {schema} CASCADE");
        }

        await base.DisposeAsync();
    }
}
