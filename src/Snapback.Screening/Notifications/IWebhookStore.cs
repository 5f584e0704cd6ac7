namespace Snapback.Screening.Notifications;

/// <summary>
/// Where webhooks, their cursors, deliveries and the delivery log live, beside the audit trail they read: a session is one
/// transaction over both, so a webhook and its audit row, or a cursor move and its log row, commit together. Implemented for
/// SQLite and PostgreSQL in Snapback.Store.
/// </summary>
public interface IWebhookStore
{
    /// <summary>A session that writes; writing sessions run one at a time, as for the case store.</summary>
    Task<IWebhookSession> BeginAsync(CancellationToken cancellationToken);

    /// <summary>A session that only reads.</summary>
    Task<IWebhookSession> BeginReadAsync(CancellationToken cancellationToken);
}
