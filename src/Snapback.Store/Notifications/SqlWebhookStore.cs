using Snapback.Screening.Notifications;
using Snapback.Store.Cases;

namespace Snapback.Store.Notifications;

/// <summary>Webhook sessions over the case store's sessions, so a webhook row and an audit row share one transaction.</summary>
internal sealed class SqlWebhookStore(SqlCaseStore cases) : IWebhookStore
{
    public async Task<IWebhookSession> BeginAsync(CancellationToken cancellationToken) =>
        new SqlWebhookSession(await cases.OpenAsync(write: true, cancellationToken));

    public async Task<IWebhookSession> BeginReadAsync(CancellationToken cancellationToken) =>
        new SqlWebhookSession(await cases.OpenAsync(write: false, cancellationToken));
}
