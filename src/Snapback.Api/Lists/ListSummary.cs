using Snapback.Screening.Lists;

namespace Snapback.Api.Lists;

/// <summary>One list: how current it is, and its stored snapshots, newest first.</summary>
/// <param name="InForce">The snapshot screening uses now, or null before the lists are loaded.</param>
/// <param name="Freshness">Publication date, last check, last successful download, last error, and whether the list is stale.</param>
/// <param name="NextCheckAt">When this service checks the source next, or null when it does not check it on a schedule.</param>
public sealed record ListSummary(
    string Source,
    string Title,
    long? InForce,
    ListFreshness Freshness,
    DateTimeOffset? NextCheckAt,
    IReadOnlyList<ListSnapshot> Snapshots)
{
    /// <summary>The first snapshot of the list that superseded this one (from its date on this list is not screened), or null.</summary>
    public ListSnapshot? SupersededBy { get; init; }
}
