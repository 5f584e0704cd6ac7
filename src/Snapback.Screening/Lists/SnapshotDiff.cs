using System.Collections.Immutable;

namespace Snapback.Screening.Lists;

/// <summary>What changed between two snapshots of one source: entity ids added and removed, and changed entities field by field.</summary>
public sealed record SnapshotDiff(
    ListSnapshot From,
    ListSnapshot To,
    ImmutableArray<string> Added,
    ImmutableArray<string> Removed,
    ImmutableArray<EntityChange> Changed,
    int Unchanged)
{
    public DiffSummary Summary => new(Added.Length, Removed.Length, Changed.Length, Unchanged);
}
