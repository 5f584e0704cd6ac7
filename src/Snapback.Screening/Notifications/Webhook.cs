namespace Snapback.Screening.Notifications;

/// <summary>
/// A receiver of audit events over HTTP. Its secret signs every request and is kept apart from this record, so listing webhooks can
/// never show it.
/// </summary>
/// <param name="Events">Which audit actions it receives: <c>*</c>, or a comma-separated list such as <c>alert.created,monitor.run.completed</c>.</param>
/// <param name="Active">False once removed; a removed webhook receives nothing and keeps its delivery log.</param>
/// <param name="Cursor">The sequence number of the last audit row handed to it; the next event it gets comes after this one.</param>
public sealed record Webhook(
    string Id, string Url, string Events, bool Active, DateTimeOffset CreatedAt, string CreatedBy, long Cursor)
{
    /// <summary>Whether an audit row with this action is one this webhook receives.</summary>
    public bool Receives(string action) => WebhookEvents.Matches(Events, action);
}
