using Snapback.Screening.Notifications;

namespace Snapback.Store.Notifications;

/// <summary>Delivery states as the store writes them (lower case, as the pending-delivery index expects).</summary>
internal static class DeliveryStatusText
{
    public static string Of(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "pending",
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown delivery status"),
    };

    public static DeliveryStatus Parse(string text) => text switch
    {
        "pending" => DeliveryStatus.Pending,
        "delivered" => DeliveryStatus.Delivered,
        "failed" => DeliveryStatus.Failed,
        _ => throw new InvalidDataException($"unknown delivery status '{text}'"),
    };
}
