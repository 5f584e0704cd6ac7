using Microsoft.Data.Sqlite;
using Snapback.Store;
using Snapback.Store.Sqlite;

namespace Snapback.Screening.Tests.Notifications;

public sealed class SqliteWebhookDispatcherTests : WebhookDispatcherTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));

    protected override async Task<SqlListStore> OpenStoreAsync() => await SqliteListStore.OpenAsync(Path.Combine(folder, "snapback.db"), Ct);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
