namespace Snapback.Screening.Ownership;

/// <summary>Why a party of the graph counts as listed: it is a listed entity in force, or a party linked to one by screening its name.</summary>
/// <param name="PartyId">The party of the graph.</param>
/// <param name="EntityId">The listed entity in force.</param>
/// <param name="Score">The screening score when the link is a name match (never certain); null when the party is the listed entity itself.</param>
public sealed record ListedLink(string PartyId, string EntityId, double? Score = null)
{
    /// <summary>True when the link rests on a name match rather than on the entity id.</summary>
    public bool IsNameMatch => Score is not null;
}
