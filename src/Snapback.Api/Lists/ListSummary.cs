using Snapback.Screening.Lists;

namespace Snapback.Api.Lists;

/// <summary>One list and its stored snapshots, newest first.</summary>
/// <param name="InForce">The snapshot screening uses now, or null before the lists are loaded.</param>
public sealed record ListSummary(string Source, string Title, long? InForce, IReadOnlyList<ListSnapshot> Snapshots)
{
    /// <summary>The first snapshot of the list that superseded this one (from its date on this list is not screened), or null.</summary>
    public ListSnapshot? SupersededBy { get; init; }
}
