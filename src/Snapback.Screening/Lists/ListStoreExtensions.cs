using Snapback.Lists;

namespace Snapback.Screening.Lists;

/// <summary>Questions across sources, answered from the per-source operations of <see cref="IListStore"/>.</summary>
public static class ListStoreExtensions
{
    /// <summary>The snapshot in force for each source that has one: the latest, or the one in force at <paramref name="asOf"/>.</summary>
    public static async Task<IReadOnlyList<ListSnapshot>> SnapshotsInForceAsync(
        this IListStore store, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (asOf is not { } date)
        {
            return await store.LatestSnapshotsAsync(cancellationToken);
        }

        var snapshots = new List<ListSnapshot>();
        foreach (var source in ListSources.All)
        {
            if (await store.SnapshotAsOfAsync(source, date, cancellationToken) is { } snapshot)
            {
                snapshots.Add(snapshot);
            }
        }

        return snapshots;
    }

    /// <summary>
    /// How current each list is at <paramref name="now"/>: every source with a stored snapshot or an update check, in source order,
    /// stale when no check has confirmed it for longer than <paramref name="staleAfter"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ListFreshness>> FreshnessAsync(
        this IListStore store, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var latest = (await store.LatestSnapshotsAsync(cancellationToken)).ToDictionary(static s => s.Source, StringComparer.Ordinal);
        var checks = (await store.ListFreshnessAsync(cancellationToken)).ToDictionary(static f => f.Source, StringComparer.Ordinal);
        var sources = latest.Keys.Union(checks.Keys, StringComparer.Ordinal)
            .OrderBy(static s => ListSources.All.Contains(s, StringComparer.Ordinal) ? ListSources.All.ToList().IndexOf(s) : int.MaxValue)
            .ThenBy(static s => s, StringComparer.Ordinal);
        return [.. sources.Select(source =>
            ListFreshness.Of(source, latest.GetValueOrDefault(source), checks.GetValueOrDefault(source), now, staleAfter))];
    }
}
