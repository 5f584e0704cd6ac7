using Snapback.Matching;

namespace Snapback.Screening.Screen;

/// <summary>What a screening result was computed against, so it can be reproduced: the list snapshots, the threshold, the matcher.</summary>
/// <param name="Lists">One per source: the snapshot in force.</param>
/// <param name="Threshold">The lowest score reported.</param>
/// <param name="Matcher">The matcher's version (<see cref="MatcherVersion.Current"/>).</param>
/// <param name="AsOf">The date screening replayed the lists as of, or null for the lists in force now.</param>
public sealed record ScreeningBasis(IReadOnlyList<SnapshotReference> Lists, double Threshold, string Matcher, DateTimeOffset? AsOf)
{
    /// <summary>The lists in one line: <c>source#snapshot@published</c>, space separated (for CSV cells and logs).</summary>
    public string ListsText => string.Join(' ', Lists.Select(static l => l.Text));
}
