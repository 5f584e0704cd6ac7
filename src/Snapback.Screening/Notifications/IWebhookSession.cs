using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Notifications;

/// <summary>One transaction over webhooks and the audit trail (see <see cref="IWebhookStore"/>). Disposing without commit rolls back.</summary>
public interface IWebhookSession : IAsyncDisposable
{
    /// <summary>Appends a row to the audit trail, chained to the last one.</summary>
    Task<AuditEntry> AppendAuditAsync(AuditDraft draft, CancellationToken cancellationToken);

    /// <summary>The sequence number of the last audit row, 0 for an empty trail.</summary>
    Task<long> AuditHeadSeqAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> audit rows after <paramref name="afterSeq"/>, in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken);

    /// <summary>Stores a new webhook with the secret that signs its requests.</summary>
    Task InsertWebhookAsync(Webhook webhook, string secret, CancellationToken cancellationToken);

    /// <summary>The webhook with this id, removed or not, or null.</summary>
    Task<Webhook?> GetWebhookAsync(string id, CancellationToken cancellationToken);

    /// <summary>The secret that signs the webhook's requests, or null when there is no such webhook.</summary>
    Task<string?> WebhookSecretAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every active webhook, oldest first.</summary>
    Task<IReadOnlyList<Webhook>> ListWebhooksAsync(CancellationToken cancellationToken);

    /// <summary>Marks an active webhook removed; false when there is no active webhook with that id.</summary>
    Task<bool> RemoveWebhookAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sets the webhook's cursor: the audit row up to which it has been handed everything.</summary>
    Task MoveCursorAsync(string webhookId, long seq, CancellationToken cancellationToken);

    Task InsertDeliveryAsync(WebhookDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Replaces the stored delivery with the same id.</summary>
    Task UpdateDeliveryAsync(WebhookDelivery delivery, CancellationToken cancellationToken);

    /// <summary>The webhook's delivery that is still pending (there is at most one), or null.</summary>
    Task<WebhookDelivery?> PendingDeliveryAsync(string webhookId, CancellationToken cancellationToken);

    /// <summary>Adds a row to the delivery log.</summary>
    Task InsertAttemptAsync(WebhookAttempt attempt, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="limit"/> rows of the delivery log, newest first, of one webhook or of all.</summary>
    Task<IReadOnlyList<WebhookAttempt>> ListAttemptsAsync(string? webhookId, int limit, CancellationToken cancellationToken);

    /// <summary>Commits every write of the session.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
