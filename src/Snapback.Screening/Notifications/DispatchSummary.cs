namespace Snapback.Screening.Notifications;

/// <summary>What one pass of the dispatcher did.</summary>
/// <param name="Attempts">Requests sent.</param>
/// <param name="Delivered">Deliveries the receiver accepted.</param>
/// <param name="Retrying">Failed attempts with a retry due later.</param>
/// <param name="Failed">Deliveries given up after their last attempt.</param>
public sealed record DispatchSummary(int Attempts, int Delivered, int Retrying, int Failed)
{
    public static DispatchSummary None { get; } = new(0, 0, 0, 0);

    public DispatchSummary Add(DeliveryStatus outcome) => outcome switch
    {
        DeliveryStatus.Delivered => this with { Attempts = Attempts + 1, Delivered = Delivered + 1 },
        DeliveryStatus.Failed => this with { Attempts = Attempts + 1, Failed = Failed + 1 },
        _ => this with { Attempts = Attempts + 1, Retrying = Retrying + 1 },
    };

    public DispatchSummary Add(DispatchSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Attempts + other.Attempts, Delivered + other.Delivered, Retrying + other.Retrying, Failed + other.Failed);
    }
}
