namespace Snapback.Screening.Notifications;

/// <summary>One row of the delivery log: one HTTP request and how it ended.</summary>
/// <param name="Number">1 for the first attempt of a delivery.</param>
/// <param name="StatusCode">The receiver's HTTP status, or null when no answer came (see <paramref name="Error"/>).</param>
/// <param name="Error">Why there was no answer (timeout, refused connection…), or null.</param>
/// <param name="Outcome">The delivery's status after this attempt: delivered, pending (a retry is due later) or failed (no more tries).</param>
public sealed record WebhookAttempt(
    string DeliveryId, string WebhookId, long Seq, string Event, int Number, DateTimeOffset At, int? StatusCode, string? Error,
    long DurationMs, DeliveryStatus Outcome);
