using Snapback.Lists;

namespace Snapback.Screening.Lists;

/// <summary>
/// Questions across sources, answered from the per-source operations of <see cref="IListStore"/>. Which lists are in force is
/// decided here, once: a source is in force through its newest snapshot at the date, unless the source that superseded it
/// (<see cref="ListSources.Supersedes"/>) has a snapshot in force by then.
/// </summary>
public static class ListStoreExtensions
{
    /// <summary>
    /// The snapshot in force for each source that has one: the latest, or the one in force at <paramref name="asOf"/>. A source
    /// superseded by then is left out, so the same designations are never screened twice and nothing the successor dropped stays.
    /// </summary>
    public static async Task<IReadOnlyList<ListSnapshot>> SnapshotsInForceAsync(
        this IListStore store, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        IReadOnlyList<ListSnapshot> newest;
        if (asOf is not { } date)
        {
            newest = await store.LatestSnapshotsAsync(cancellationToken);
        }
        else
        {
            var snapshots = new List<ListSnapshot>();
            foreach (var source in ListSources.All)
            {
                if (await store.SnapshotAsOfAsync(source, date, cancellationToken) is { } snapshot)
                {
                    snapshots.Add(snapshot);
                }
            }

            newest = snapshots;
        }

        // A successor with a snapshot in force at the date has had its first one in force by then too.
        var sources = newest.Select(static s => s.Source).ToHashSet(StringComparer.Ordinal);
        return [.. newest.Where(s => ListSources.SupersededBy(s.Source) is not { } successor || !sources.Contains(successor))];
    }

    /// <summary>
    /// The snapshot of <paramref name="source"/> in force at <paramref name="asOf"/> (the latest when null), or null when the
    /// source had none then or was superseded by then.
    /// </summary>
    public static async Task<ListSnapshot?> SnapshotInForceAsync(
        this IListStore store, string source, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var snapshot = asOf is { } date
            ? await store.SnapshotAsOfAsync(source, date, cancellationToken)
            : await store.LatestSnapshotAsync(source, cancellationToken);
        return snapshot is null || await store.SupersedingSnapshotAsync(source, asOf, cancellationToken) is not null ? null : snapshot;
    }

    /// <summary>
    /// The first snapshot of the source that superseded <paramref name="source"/>, when it was in force at <paramref name="asOf"/>
    /// (at any time when null): from its date on, <paramref name="source"/> is no longer in force. Null while it is not superseded.
    /// </summary>
    public static async Task<ListSnapshot?> SupersedingSnapshotAsync(
        this IListStore store, string source, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (ListSources.SupersededBy(source) is not { } successor)
        {
            return null;
        }

        var first = (await store.ListSnapshotsAsync(successor, cancellationToken)).FirstOrDefault();
        return first is not null && (asOf is null || first.EffectiveAt <= asOf.Value) ? first : null;
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
