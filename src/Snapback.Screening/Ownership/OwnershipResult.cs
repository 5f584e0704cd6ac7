using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>
/// Which parties of a graph are blocked under one regime, computed by <see cref="OwnershipCalculator"/>. The arrays are indexed by
/// the graph's party index and never change after the result is made.
/// </summary>
public sealed class OwnershipResult
{
    internal OwnershipResult(
        OwnershipGraph graph, OwnershipRegime regime, IReadOnlyDictionary<string, ListedLink> listings,
        bool[] listed, bool[] blocked, long[] aggregate, bool[] controlled, long[] rank, long nextRank)
    {
        Graph = graph;
        Regime = regime;
        Listings = listings;
        Listed = listed;
        BlockedFlags = blocked;
        Aggregate = aggregate;
        Controlled = controlled;
        Rank = rank;
        NextRank = nextRank;
    }

    public OwnershipGraph Graph { get; }

    public OwnershipRegime Regime { get; }

    /// <summary>The parties that count as listed, by party id.</summary>
    public IReadOnlyDictionary<string, ListedLink> Listings { get; }

    internal bool[] Listed { get; }

    internal bool[] BlockedFlags { get; }

    internal long[] Aggregate { get; }

    internal bool[] Controlled { get; }

    /// <summary>The order parties became blocked in: an owned party's derivation only uses parties blocked before it, so it has no cycle.</summary>
    internal long[] Rank { get; }

    internal long NextRank { get; }

    /// <summary>Parties blocked by ownership (not listed themselves).</summary>
    public int OwnedCount => Enumerable.Range(0, Graph.PartyCount).Count(p => BlockedFlags[p] && !Listed[p]);

    public OwnershipStatus StatusOf(int party) =>
        !BlockedFlags[party] ? OwnershipStatus.NotBlocked : Listed[party] ? OwnershipStatus.Listed : OwnershipStatus.Owned;

    /// <summary>The party's status; a party no holding names is listed or not, as its listing says.</summary>
    public OwnershipStatus StatusOf(string partyId)
    {
        var party = Graph.IndexOf(partyId);
        return party >= 0 ? StatusOf(party)
            : Listings.ContainsKey(partyId) ? OwnershipStatus.Listed : OwnershipStatus.NotBlocked;
    }

    /// <summary>Parties blocked by ownership, by party id (ordinal).</summary>
    public ImmutableArray<string> OwnedParties() =>
        [.. Enumerable.Range(0, Graph.PartyCount).Where(p => BlockedFlags[p] && !Listed[p]).Select(Graph.PartyId).Order(StringComparer.Ordinal)];

    /// <summary>The party's status with its explanation: the paths from listed parties, its owners, and what it makes blocked.</summary>
    /// <param name="maxPaths">The most paths listed; a party owned through many chains is explained by the first ones found.</param>
    public OwnershipReport Report(string partyId, int maxPaths = 50)
    {
        ArgumentNullException.ThrowIfNull(partyId);
        var party = Graph.IndexOf(partyId);
        Listings.TryGetValue(partyId, out var listing);
        if (party < 0)
        {
            return new OwnershipReport(partyId, Regime.Name, listing is null ? OwnershipStatus.NotBlocked : OwnershipStatus.Listed, 0, false,
                listing, [], [], [], InGraph: false);
        }

        var status = StatusOf(party);
        var owners = ImmutableArray.CreateBuilder<OwnershipHolding>();
        foreach (var edge in Graph.HeldBy(party))
        {
            var holding = Graph.Edge(edge);
            owners.Add(new OwnershipHolding(holding.Owner, holding.Share, holding.Control, StatusOf(Graph.Owner(edge))));
        }

        var blocks = ImmutableArray.CreateBuilder<OwnershipHolding>();
        foreach (var edge in Graph.Holdings(party))
        {
            var target = Graph.Owned(edge);
            if (StatusOf(target) == OwnershipStatus.Owned)
            {
                var holding = Graph.Edge(edge);
                blocks.Add(new OwnershipHolding(holding.Owned, holding.Share, holding.Control, OwnershipStatus.Owned));
            }
        }

        var paths = status == OwnershipStatus.Owned ? OwnershipExplainer.Paths(this, party, maxPaths) : [];
        return new OwnershipReport(partyId, Regime.Name, status, (decimal)Aggregate[party] / OwnershipEdge.UnitsPerPercent,
            Controlled[party], status == OwnershipStatus.Listed ? listing : null, paths,
            [.. owners.OrderByDescending(static o => o.Share).ThenBy(static o => o.PartyId, StringComparer.Ordinal)],
            [.. blocks.OrderByDescending(static o => o.Share).ThenBy(static o => o.PartyId, StringComparer.Ordinal)], InGraph: true);
    }

    /// <summary>True when both results block the same parties with the same aggregates (ranks aside).</summary>
    public bool SameAs(OwnershipResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(Graph, other.Graph)
            && Listed.AsSpan().SequenceEqual(other.Listed)
            && BlockedFlags.AsSpan().SequenceEqual(other.BlockedFlags)
            && Aggregate.AsSpan().SequenceEqual(other.Aggregate)
            && Controlled.AsSpan().SequenceEqual(other.Controlled);
    }
}
