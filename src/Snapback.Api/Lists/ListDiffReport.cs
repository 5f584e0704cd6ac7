using Snapback.Screening.Lists;

namespace Snapback.Api.Lists;

/// <summary>
/// What changed on one list between two snapshots (or from the list it superseded to its first snapshot): entities added, removed,
/// and changed field by field.
/// </summary>
public sealed record ListDiffReport(
    string Source,
    string Title,
    ListSnapshot From,
    ListSnapshot To,
    DiffSummary Summary,
    IReadOnlyList<EntityRef> Added,
    IReadOnlyList<EntityRef> Removed,
    IReadOnlyList<EntityChange> Changed)
{
    /// <summary>What paired the entities: "entity id", or "OFSI group id" from an OFSI ConList snapshot to an FCDO one.</summary>
    public string MatchedBy { get; init; } = ListDiffer.ByEntityId;
}
