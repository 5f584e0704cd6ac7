using Snapback.Screening.Lists;

namespace Snapback.Api.Apis;

/// <summary>Readiness: lists are loaded and screening gives answers.</summary>
/// <param name="Entities">Entities in the match index.</param>
/// <param name="Snapshots">The snapshot of each list in force.</param>
/// <param name="Lists">
/// <c>current</c> when every list in force has been confirmed current within <c>Snapback:ListUpdates:StaleAfter</c>, <c>stale</c>
/// when one has not (see <paramref name="StaleLists"/>), <c>unknown</c> when the store could not say. Readiness does not depend on it.
/// </param>
/// <param name="StaleLists">The sources of the lists in force that are stale.</param>
public sealed record ReadyStatus(
    bool Ready,
    DateTimeOffset LoadedAt,
    int Entities,
    IReadOnlyList<ListSnapshot> Snapshots,
    string Lists,
    IReadOnlyList<string> StaleLists);
