namespace Snapback.Screening.Cases.Alerts;

/// <summary>
/// An approved false positive: the (customer, entity) pair raises no alert while both stay as they were when it was decided.
/// The JSON is kept to say field by field what changed when one of them does.
/// </summary>
public sealed record Suppression(
    string CustomerId, string EntityId, string CustomerHash, string EntityHash, string CustomerJson, string EntityJson, long AlertId,
    DateTimeOffset CreatedAt);
