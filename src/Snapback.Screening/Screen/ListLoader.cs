using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Lists;

namespace Snapback.Screening.Screen;

/// <summary>Builds the <see cref="LoadedLists"/> screens run against: the snapshot of each source in force now or at a past date.</summary>
public static class ListLoader
{
    /// <param name="asOf">Null for the latest snapshot of each source; a date to replay screening as it stood then.</param>
    public static async Task<LoadedLists> LoadAsync(IListStore store, DateTimeOffset? asOf, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var snapshots = await store.SnapshotsInForceAsync(asOf, cancellationToken);
        var entities = new List<ListedEntity>();
        foreach (var snapshot in snapshots)
        {
            entities.AddRange(await store.LoadEntitiesAsync(snapshot.Id, cancellationToken));
        }

        return new LoadedLists(MatchIndex.Build(entities), snapshots, timeProvider.GetUtcNow(), asOf);
    }
}
