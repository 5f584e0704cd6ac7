using Snapback.Lists;
using Snapback.Lists.Model;

namespace Snapback.Screening.Lists;

/// <summary>Finds a listed entity by id as it stood now or on a date, with its history across snapshots.</summary>
public sealed class EntityLookup(IListStore store)
{
    /// <summary>
    /// The entity in the snapshot in force at <paramref name="asOf"/> (latest when null). When it was not listed then, or its list
    /// was superseded by then, the last version before that date is returned with <see cref="EntityRecord.InForce"/> false; null
    /// when it never was on any list.
    /// </summary>
    public async Task<EntityRecord?> FindAsync(string entityId, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        foreach (var source in ListSources.ForEntityId(entityId))
        {
            var appearances = await store.EntityHistoryAsync(source, entityId, cancellationToken);
            if (appearances.Count == 0)
            {
                continue;
            }

            var inForce = await store.SnapshotInForceAsync(source, asOf, cancellationToken);
            var listedThen = inForce is not null && appearances.Any(a => a.Snapshot.Id == inForce.Id);
            var shown = listedThen
                ? inForce!
                : appearances.LastOrDefault(a => asOf is null || a.Snapshot.EffectiveAt <= asOf.Value)?.Snapshot ?? appearances[0].Snapshot;
            var entity = await store.LoadEntityAsync(shown.Id, entityId, cancellationToken);
            if (entity is null)
            {
                continue;
            }

            var history = await HistoryAsync(source, entityId, appearances, cancellationToken);
            return new EntityRecord(entity, shown, listedThen, history);
        }

        return null;
    }

    private async Task<IReadOnlyList<EntityVersion>> HistoryAsync(
        string source, string entityId, IReadOnlyList<EntityAppearance> appearances, CancellationToken cancellationToken)
    {
        var all = await store.ListSnapshotsAsync(source, cancellationToken);
        var position = all.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var versions = new List<EntityVersion>();
        ListedEntity? previous = null;
        foreach (var appearance in appearances)
        {
            var current = versions.Count > 0 ? versions[^1] : null;
            var contiguous = current is not null && position[appearance.Snapshot.Id] == position[current.Last.Id] + 1;
            if (current is not null && contiguous && current.VersionHash == appearance.VersionHash)
            {
                versions[^1] = current with { Last = appearance.Snapshot };
                continue;
            }

            var entity = await store.LoadEntityAsync(appearance.Snapshot.Id, entityId, cancellationToken);
            var changes = previous is null || entity is null || current?.VersionHash == appearance.VersionHash
                ? []
                : ListDiffer.CompareFields(previous, entity);
            versions.Add(new EntityVersion(appearance.Snapshot, appearance.Snapshot, appearance.VersionHash, changes, current is not null && !contiguous));
            previous = entity ?? previous;
        }

        return versions;
    }
}
