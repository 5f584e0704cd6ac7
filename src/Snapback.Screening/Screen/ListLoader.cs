using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Lists;

namespace Snapback.Screening.Screen;

/// <summary>
/// Builds the <see cref="LoadedLists"/> screens run against: the snapshot of each source in force now or at a past date, without
/// the entries whose own end date (<see cref="ListedEntity.InForceUntil"/>) has passed by then.
/// </summary>
public static class ListLoader
{
    /// <param name="asOf">Null for the latest snapshot of each source; a date to replay screening as it stood then.</param>
    public static async Task<LoadedLists> LoadAsync(IListStore store, DateTimeOffset? asOf, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var snapshots = await store.SnapshotsInForceAsync(asOf, cancellationToken);
        var day = DateOnly.FromDateTime((asOf ?? timeProvider.GetUtcNow()).UtcDateTime);

        // Each snapshot is read on its own connection and thread, side by side (SQLite reads synchronously even when asked
        // asynchronously): reading one's rows leaves the other cores free.
        var loaded = await Task.WhenAll(snapshots.Select(s => Task.Run(() => store.LoadEntitiesAsync(s.Id, cancellationToken), cancellationToken)));

        // A listing with an end date (a denial order that has run out) stays in its snapshot but is not screened after it.
        var entities = loaded.SelectMany(static l => l).Where(e => e.InForceOn(day));
        return new LoadedLists(MatchIndex.Build(entities), snapshots, timeProvider.GetUtcNow(), asOf);
    }
}
