namespace Snapback.Screening.Cases.Decisions;

/// <summary>An analyst's proposed decision on an alert and, once reviewed, who approved or rejected it.</summary>
/// <param name="Id">The store's id; 0 before it is stored.</param>
public sealed record Proposal(
    long Id,
    long AlertId,
    Decision Decision,
    string Reason,
    ProposalState State,
    string ProposedById,
    string ProposedByName,
    DateTimeOffset ProposedAt,
    string? ReviewedById = null,
    string? ReviewedByName = null,
    DateTimeOffset? ReviewedAt = null,
    string? ReviewNote = null);
