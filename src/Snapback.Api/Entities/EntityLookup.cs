using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;

namespace Snapback.Api.Entities;

/// <summary>Answers "what do the lists say about this id, as of then": for <c>GET /api/entities/{id}</c> and the Entity page alike.</summary>
internal sealed class EntityLookup(IListStore store)
{
    /// <summary>The report, or null when no stored snapshot of any list ever held <paramref name="id"/>.</summary>
    public async Task<EntityReport?> FindAsync(string id, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var listings = new List<EntityListing>();
        var history = new List<EntityEvent>();
        ListedEntity? inForce = null;
        (DateTimeOffset At, long Snapshot)? nearest = null, first = null;
        foreach (var latest in await store.LatestSnapshotsAsync(cancellationToken))
        {
            var source = latest.Source;
            var appearances = await store.EntityHistoryAsync(source, id, cancellationToken);
            if (appearances.Count == 0)
            {
                continue;
            }

            var snapshots = await store.ListSnapshotsAsync(source, cancellationToken);
            var hashes = appearances.ToDictionary(static a => a.Snapshot.Id, static a => a.VersionHash);
            history.AddRange(await EventsAsync(source, id, snapshots, hashes, cancellationToken));

            var current = asOf is null ? snapshots[^1] : snapshots.LastOrDefault(s => s.EffectiveAt <= asOf);
            var listed = current is not null && hashes.ContainsKey(current.Id);
            listings.Add(new EntityListing(
                source, ListSources.Title(source), listed, current?.Id, current?.EffectiveAt,
                appearances[0].Snapshot.EffectiveAt, appearances[^1].Snapshot.EffectiveAt));
            if (listed && inForce is null)
            {
                inForce = await store.LoadEntityAsync(current!.Id, id, cancellationToken);
            }

            foreach (var appearance in appearances)
            {
                var at = appearance.Snapshot.EffectiveAt;
                if ((asOf is null || at <= asOf) && (nearest is null || at > nearest.Value.At))
                {
                    nearest = (at, appearance.Snapshot.Id);
                }

                if (first is null || at < first.Value.At)
                {
                    first = (at, appearance.Snapshot.Id);
                }
            }
        }

        if (listings.Count == 0)
        {
            return null;
        }

        var entity = inForce ?? await store.LoadEntityAsync((nearest ?? first)!.Value.Snapshot, id, cancellationToken)
            ?? throw new InvalidOperationException($"snapshot lost entity {id}");
        history.Sort(static (a, b) => a.SnapshotDate.CompareTo(b.SnapshotDate));
        return new EntityReport(id, asOf, listings.Exists(static l => l.Listed), entity, listings, history);
    }

    // Walks the source's snapshots in order: appearing after an absence is a listing, a new content hash a change, a gap a removal.
    private async Task<List<EntityEvent>> EventsAsync(
        string source, string id, IReadOnlyList<ListSnapshot> snapshots, Dictionary<long, string> hashes, CancellationToken cancellationToken)
    {
        var events = new List<EntityEvent>();
        string? previousHash = null;
        long previousSnapshot = 0;
        var present = false;
        var seen = false;
        foreach (var snapshot in snapshots)
        {
            if (hashes.TryGetValue(snapshot.Id, out var hash))
            {
                if (!present)
                {
                    events.Add(new EntityEvent(source, snapshot.Id, snapshot.EffectiveAt, seen ? "relisted" : "listed", []));
                }
                else if (!string.Equals(hash, previousHash, StringComparison.Ordinal))
                {
                    var before = await store.LoadEntityAsync(previousSnapshot, id, cancellationToken);
                    var after = await store.LoadEntityAsync(snapshot.Id, id, cancellationToken);
                    var fields = before is null || after is null ? [] : ListDiffer.CompareFields(before, after);
                    events.Add(new EntityEvent(source, snapshot.Id, snapshot.EffectiveAt, "changed", fields));
                }

                present = seen = true;
                previousHash = hash;
                previousSnapshot = snapshot.Id;
            }
            else if (present)
            {
                events.Add(new EntityEvent(source, snapshot.Id, snapshot.EffectiveAt, "removed", []));
                present = false;
            }
        }

        return events;
    }
}
