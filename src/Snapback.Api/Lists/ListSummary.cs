using Snapback.Screening.Lists;

namespace Snapback.Api.Lists;

/// <summary>One list and its stored snapshots, newest first.</summary>
/// <param name="InForce">The snapshot screening uses now, or null before the lists are loaded.</param>
public sealed record ListSummary(string Source, string Title, long? InForce, IReadOnlyList<ListSnapshot> Snapshots);
