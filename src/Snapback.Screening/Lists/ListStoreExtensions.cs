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
}
