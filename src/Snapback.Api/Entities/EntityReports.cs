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

        var lists = (await store.FindEntityAsync(id, asOf, cancellationToken))
            .Select(static found => new EntityListing(
                found.Snapshot.Source, ListSources.Title(found.Snapshot.Source), found.Snapshot.Id, found.Snapshot.EffectiveAt))
            .ToList();
        return new EntityReport(id, asOf, record.InForce || lists.Count > 0, record.Entity, record.Snapshot, lists, record.History);
    }
}
