using System.Collections.Immutable;

namespace Snapback.Screening.Lists;

/// <summary>
/// What changed between two snapshots of one source, or from an OFSI ConList to the FCDO list that replaced it: entity ids added
/// and removed, and changed entities field by field.
/// </summary>
public sealed record SnapshotDiff(
    ListSnapshot From,
    ListSnapshot To,
    ImmutableArray<string> Added,
    ImmutableArray<string> Removed,
    ImmutableArray<EntityChange> Changed,
    int Unchanged)
{
    public DiffSummary Summary => new(Added.Length, Removed.Length, Changed.Length, Unchanged);

    /// <summary>What paired the entities of the two snapshots: <see cref="ListDiffer.ByEntityId"/> or <see cref="ListDiffer.ByOfsiGroupId"/>.</summary>
    public string MatchedBy => ListDiffer.Pairing(From.Source, To.Source) ?? ListDiffer.ByEntityId;
}
