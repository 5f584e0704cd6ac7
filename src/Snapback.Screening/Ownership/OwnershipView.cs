using Snapback.Screening.Screen;

namespace Snapback.Screening.Ownership;

/// <summary>The stored holdings and free parties, read at one moment, against the lists in force then.</summary>
/// <param name="ImportId">The last import the holdings were read after.</param>
public sealed record OwnershipView(OwnershipGraph Graph, IReadOnlyDictionary<string, OwnershipParty> Parties, LoadedLists Lists, long ImportId)
{
    /// <summary>The parties that count as listed.</summary>
    public Dictionary<string, ListedLink> Listings() => OwnershipListings.From(Lists, Graph, Parties.Values);

    /// <summary>Every party's status under <paramref name="regime"/>.</summary>
    public OwnershipResult Compute(OwnershipRegime regime) => OwnershipCalculator.Compute(Graph, Listings(), regime);

    /// <summary>A display name: the listed entity's primary name, a free party's name, or the id.</summary>
    public string NameOf(string partyId) =>
        Lists.Index.Find(partyId)?.PrimaryName ?? (Parties.TryGetValue(partyId, out var party) ? party.Name : partyId);
}
