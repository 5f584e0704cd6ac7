using Snapback.Screening.Cases.Decisions;

namespace Snapback.Screening.Cases.Alerts;

/// <summary>A hit on a customer worth a look, and where its decision stands.</summary>
/// <param name="Id">The store's id; 0 before it is stored.</param>
/// <param name="Source">The list source of the entity (e.g. <c>ofac-sdn</c>), for filtering.</param>
/// <param name="Outcome">The approved decision once the alert is closed or needs information.</param>
/// <param name="Assignee">The analyst the alert is assigned to, if any.</param>
/// <param name="Kind">A name hit, or blocking by ownership.</param>
public sealed record Alert(
    long Id,
    string CustomerId,
    string EntityId,
    string Source,
    AlertStatus Status,
    double Score,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    AlertEvidence Evidence,
    Decision? Outcome = null,
    string? Assignee = null,
    AlertKind Kind = AlertKind.Name);
