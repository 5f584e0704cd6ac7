namespace Snapback.Screening.Ownership;

/// <summary>Answers whether a party is blocked by ownership, over the stored holdings and the lists in force.</summary>
public sealed class OwnershipService(IOwnershipStore store, Screen.ScreeningService screening)
{
    /// <summary>Reads every holding and free party in one read session.</summary>
    public async Task<OwnershipView> LoadAsync(CancellationToken cancellationToken)
    {
        var lists = screening.Current ?? throw new InvalidOperationException("No lists are loaded yet: import lists first (snapback lists import).");
        await using var session = await store.BeginReadAsync(cancellationToken);
        var importId = await session.LastImportIdAsync(cancellationToken);
        var edges = new List<OwnershipEdge>();
        await foreach (var edge in session.ReadEdgesAsync(cancellationToken))
        {
            edges.Add(edge);
        }

        var parties = new Dictionary<string, OwnershipParty>(StringComparer.Ordinal);
        await foreach (var party in session.ReadPartiesAsync(cancellationToken))
        {
            parties[party.Id] = party;
        }

        return new OwnershipView(OwnershipGraph.Build(edges), parties, lists, importId);
    }

    /// <summary>
    /// The status of the party <paramref name="partyId"/> names (a listed id, <c>customer:ID</c>, <c>party:NAME</c> or a bare name)
    /// under <paramref name="regime"/>, with its paths; null when the reference is empty.
    /// </summary>
    public async Task<OwnershipReport?> CheckAsync(string partyId, OwnershipRegime regime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regime);
        var party = OwnershipPartyRef.Parse(partyId, null, out _);
        if (party is null)
        {
            return null;
        }

        var view = await LoadAsync(cancellationToken);
        return view.Compute(regime).Report(party.Id);
    }
}
