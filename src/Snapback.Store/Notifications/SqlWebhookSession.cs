using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Notifications;
using Snapback.Store.Cases;

namespace Snapback.Store.Notifications;

/// <summary>Webhook rows read and written through a case session's connection and transaction.</summary>
internal sealed class SqlWebhookSession(SqlCaseSession session) : IWebhookSession
{
    public Task<AuditEntry> AppendAuditAsync(AuditDraft draft, CancellationToken cancellationToken) =>
        session.AppendAuditAsync(draft, cancellationToken);

    public async Task<long> AuditHeadSeqAsync(CancellationToken cancellationToken) =>
        (await session.AuditHeadAsync(cancellationToken))?.Seq ?? 0;

    public Task<IReadOnlyList<AuditEntry>> ReadAuditAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken) =>
        AuditTailRows.ReadAfterAsync(session.Connection, session.Transaction, afterSeq, limit, cancellationToken);

    public Task InsertWebhookAsync(Webhook webhook, string secret, CancellationToken cancellationToken) =>
        WebhookRows.InsertAsync(session.Connection, session.Transaction, webhook, secret, cancellationToken);

    public Task<Webhook?> GetWebhookAsync(string id, CancellationToken cancellationToken) =>
        WebhookRows.GetAsync(session.Connection, session.Transaction, id, cancellationToken);

    public Task<string?> WebhookSecretAsync(string id, CancellationToken cancellationToken) =>
        WebhookRows.SecretAsync(session.Connection, session.Transaction, id, cancellationToken);

    public Task<IReadOnlyList<Webhook>> ListWebhooksAsync(CancellationToken cancellationToken) =>
        WebhookRows.ListActiveAsync(session.Connection, session.Transaction, cancellationToken);

    public Task<bool> RemoveWebhookAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        WebhookRows.RemoveAsync(session.Connection, session.Transaction, id, at, cancellationToken);

    public Task MoveCursorAsync(string webhookId, long seq, CancellationToken cancellationToken) =>
        WebhookRows.MoveCursorAsync(session.Connection, session.Transaction, webhookId, seq, cancellationToken);

    public Task InsertDeliveryAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        DeliveryRows.InsertAsync(session.Connection, session.Transaction, delivery, cancellationToken);

    public Task UpdateDeliveryAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        DeliveryRows.UpdateAsync(session.Connection, session.Transaction, delivery, cancellationToken);

    public Task<WebhookDelivery?> PendingDeliveryAsync(string webhookId, CancellationToken cancellationToken) =>
        DeliveryRows.PendingAsync(session.Connection, session.Transaction, webhookId, cancellationToken);

    public Task InsertAttemptAsync(WebhookAttempt attempt, CancellationToken cancellationToken) =>
        AttemptRows.InsertAsync(session.Connection, session.Transaction, attempt, cancellationToken);

    public Task<IReadOnlyList<WebhookAttempt>> ListAttemptsAsync(string? webhookId, int limit, CancellationToken cancellationToken) =>
        AttemptRows.ListAsync(session.Connection, session.Transaction, webhookId, limit, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => session.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
