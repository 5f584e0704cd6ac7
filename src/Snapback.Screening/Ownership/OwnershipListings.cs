using Snapback.Screening.Screen;

namespace Snapback.Screening.Ownership;

/// <summary>Which parties of a graph count as listed against the lists in force.</summary>
public static class OwnershipListings
{
    /// <summary>
    /// Listed entity ids that are in the loaded lists (so in force), and free parties whose name was linked to one of those; a listed
    /// id the lists no longer hold, or a link to an entity no longer listed, does not count.
    /// </summary>
    public static Dictionary<string, ListedLink> From(LoadedLists lists, OwnershipGraph graph, IEnumerable<OwnershipParty> parties)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parties);
        var listings = new Dictionary<string, ListedLink>(StringComparer.Ordinal);
        for (var p = 0; p < graph.PartyCount; p++)
        {
            var id = graph.PartyId(p);
            if (OwnershipPartyRef.IsListedId(id) && lists.Index.Find(id) is not null)
            {
                listings[id] = new ListedLink(id, id);
            }
        }

        foreach (var party in parties)
        {
            if (party.Hit is { } hit && lists.Index.Find(hit.EntityId) is not null)
            {
                listings[party.Id] = new ListedLink(party.Id, hit.EntityId, hit.Score);
            }
        }

        return listings;
    }
}
