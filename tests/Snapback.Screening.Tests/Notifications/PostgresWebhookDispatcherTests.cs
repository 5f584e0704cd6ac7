using Snapback.Store;
using Snapback.Store.Postgres;
using Snapback.Store.Tests.Support;

namespace Snapback.Screening.Tests.Notifications;

/// <summary>The dispatcher on the real PostgreSQL named by SNAPBACK_TEST_PG, in a schema of its own.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresWebhookDispatcherTests : WebhookDispatcherTests
{
    private readonly string schema = "snapback_test_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresListStore> opened = [];

    protected override async Task<SqlListStore> OpenStoreAsync()
    {
        if (opened.Count == 0)
        {
            await PostgresServer.ScalarAsync($"CREATE SCHEMA {schema}");
        }

        var store = await PostgresListStore.OpenAsync(PostgresServer.InSchema(schema), Ct);
        opened.Add(store);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var store in opened)
        {
            await store.DisposeAsync();
        }

        if (opened.Count > 0)
        {
            await PostgresServer.ScalarAsync($"DROP SCHEMA {schema} CASCADE");
        }
    }
}
