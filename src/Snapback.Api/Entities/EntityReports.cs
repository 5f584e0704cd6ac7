using Snapback.Lists;
using Snapback.Screening.Lists;

namespace Snapback.Api.Entities;

/// <summary>
/// Answers <c>GET /api/entities/{id}</c> and the Entity page alike: the screening layer's <see cref="EntityLookup"/> (the same one
/// <c>snapback lists show</c> uses) for the record and its history, plus every list in force that holds the id.
/// </summary>
internal sealed class EntityReports(EntityLookup lookup, IListStore store)
{
    /// <summary>The report, or null when no stored snapshot of any list ever held <paramref name="id"/>.</summary>
    public async Task<EntityReport?> FindAsync(string id, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || await lookup.FindAsync(id, asOf, cancellationToken) is not { } record)
        {
            return null;
        }

        // An OFAC id can be on both OFAC lists (and a UK id on both UK ones): ask every list in force, not only the first.
        var lists = new List<EntityListing>();
        foreach (var snapshot in await store.SnapshotsInForceAsync(asOf, cancellationToken))
        {
            if (ListSources.ForEntityId(id).Contains(snapshot.Source, StringComparer.Ordinal)
                && await store.LoadEntityAsync(snapshot.Id, id, cancellationToken) is not null)
            {
                lists.Add(new EntityListing(snapshot.Source, ListSources.Title(snapshot.Source), snapshot.Id, snapshot.EffectiveAt));
            }
        }

        return new EntityReport(id, asOf, record.InForce || lists.Count > 0, record.Entity, record.Snapshot, lists, record.History);
    }
}
