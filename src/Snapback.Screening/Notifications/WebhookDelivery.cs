namespace Snapback.Screening.Notifications;

/// <summary>One audit event on its way to one webhook; every attempt sends the same id, which receivers use to drop repeats.</summary>
/// <param name="Id">The <c>Snapback-Delivery</c> header, the same on every attempt.</param>
/// <param name="Seq">The audit row sent, also the payload's <c>id</c>.</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="NextAttemptAt">When the next attempt is due, while <see cref="Status"/> is pending.</param>
public sealed record WebhookDelivery(
    string Id, string WebhookId, long Seq, string Event, DeliveryStatus Status, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset CreatedAt);
