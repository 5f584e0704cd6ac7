using Snapback.Matching;
using Snapback.Screening.Lists;

namespace Snapback.Screening.Screen;

/// <summary>What a screen runs against: the match index over the snapshots in force, and which snapshots those are.</summary>
/// <param name="Index">Built once from <paramref name="Snapshots"/>.</param>
/// <param name="Snapshots">One per source: the snapshot each entity came from.</param>
/// <param name="LoadedAt">When the index was built.</param>
/// <param name="AsOf">The date the snapshots were chosen as of, or null for the latest.</param>
public sealed record LoadedLists(MatchIndex Index, IReadOnlyList<ListSnapshot> Snapshots, DateTimeOffset LoadedAt, DateTimeOffset? AsOf = null)
{
    private readonly SnapshotReference[] references = [.. Snapshots.Select(SnapshotReference.From)];

    /// <summary>What a result screened at <paramref name="threshold"/> against these lists was computed against.</summary>
    public ScreeningBasis Basis(double threshold) => new(references, threshold, MatcherVersion.Current, AsOf);
}
