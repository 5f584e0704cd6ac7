namespace Snapback.Screening.Notifications;

/// <summary>Where a delivery of one event to one webhook stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet accepted: the next attempt is due at its time.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; the webhook has moved on to its next event.</summary>
    Failed,
}
