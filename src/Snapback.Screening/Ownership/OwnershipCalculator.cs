using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>
/// Computes which parties are blocked: listed ones, and those the regime's ownership rule blocks, to a fixed point. A party becomes
/// blocked when the direct holdings of blocked parties in it add up to the threshold (or a blocked party controls it, where the
/// regime counts control); a party blocked so counts as blocked for what it holds in turn, in full. Shares of parties that are not
/// blocked are not passed down a chain. The blocked set only grows while computing, so cycles of holdings end.
/// </summary>
public static class OwnershipCalculator
{
    /// <summary>Computes every party of the graph.</summary>
    /// <param name="listings">The parties that count as listed in force, by party id.</param>
    public static OwnershipResult Compute(OwnershipGraph graph, IReadOnlyDictionary<string, ListedLink> listings, OwnershipRegime regime)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(listings);
        ArgumentNullException.ThrowIfNull(regime);
        var n = graph.PartyCount;
        var state = new State(new bool[n], new bool[n], new long[n], new bool[n], new long[n], 1);
        var all = new int[n];
        for (var p = 0; p < n; p++)
        {
            all[p] = p;
        }

        Settle(graph, listings, regime, state, all, region: null);
        return state.ToResult(graph, regime, listings);
    }

    /// <summary>
    /// Recomputes after the listings changed for <paramref name="changedParties"/> (designated, delisted, linked or unlinked): only the
    /// parties downstream of them (what they own, directly or through others) can change, and those are recomputed from scratch, since a
    /// delisting can unblock them. The result equals <see cref="Compute"/> over the new listings.
    /// </summary>
    public static OwnershipRecompute Recompute(
        OwnershipResult previous, IReadOnlyDictionary<string, ListedLink> listings, IEnumerable<string> changedParties)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(listings);
        ArgumentNullException.ThrowIfNull(changedParties);
        var graph = previous.Graph;
        var region = new bool[graph.PartyCount];
        var members = new List<int>();
        var queue = new Queue<int>();
        foreach (var id in changedParties)
        {
            var party = graph.IndexOf(id);
            if (party >= 0 && !region[party])
            {
                region[party] = true;
                queue.Enqueue(party);
            }
        }

        while (queue.TryDequeue(out var party))
        {
            members.Add(party);
            foreach (var edge in graph.Holdings(party))
            {
                var owned = graph.Owned(edge);
                if (!region[owned])
                {
                    region[owned] = true;
                    queue.Enqueue(owned);
                }
            }
        }

        var state = new State(
            (bool[])previous.Listed.Clone(), (bool[])previous.BlockedFlags.Clone(), (long[])previous.Aggregate.Clone(),
            (bool[])previous.Controlled.Clone(), (long[])previous.Rank.Clone(), previous.NextRank);
        Settle(graph, listings, previous.Regime, state, [.. members], region);
        var result = state.ToResult(graph, previous.Regime, listings);
        var changed = members.Where(p => previous.StatusOf(p) != result.StatusOf(p)).Select(graph.PartyId).Order(StringComparer.Ordinal);
        return new OwnershipRecompute(result, [.. changed], members.Count);
    }

    /// <summary>
    /// Resets the parties of the region and settles them: holdings from outside the region (which cannot have changed) are counted
    /// first, then blocking spreads inside it. A null region is the whole graph.
    /// </summary>
    private static void Settle(
        OwnershipGraph graph, IReadOnlyDictionary<string, ListedLink> listings, OwnershipRegime regime, State state, int[] members, bool[]? region)
    {
        foreach (var party in members)
        {
            state.Listed[party] = listings.ContainsKey(graph.PartyId(party));
            state.Blocked[party] = false;
            state.Aggregate[party] = 0;
            state.Controlled[party] = false;
            state.Rank[party] = 0;
        }

        if (region is not null)
        {
            foreach (var party in members)
            {
                foreach (var edge in graph.HeldBy(party))
                {
                    var owner = graph.Owner(edge);
                    if (!region[owner] && state.Blocked[owner])
                    {
                        state.Aggregate[party] += graph.ShareUnits(edge);
                        state.Controlled[party] |= graph.Control(edge);
                    }
                }
            }
        }

        var queue = new Queue<int>();
        foreach (var party in members)
        {
            if (state.Listed[party] || regime.Blocks(state.Aggregate[party], state.Controlled[party]))
            {
                state.Block(party);
                queue.Enqueue(party);
            }
        }

        while (queue.TryDequeue(out var party))
        {
            foreach (var edge in graph.Holdings(party))
            {
                var owned = graph.Owned(edge);
                state.Aggregate[owned] += graph.ShareUnits(edge);
                state.Controlled[owned] |= graph.Control(edge);
                if (!state.Blocked[owned] && regime.Blocks(state.Aggregate[owned], state.Controlled[owned]))
                {
                    state.Block(owned);
                    queue.Enqueue(owned);
                }
            }
        }
    }

    private sealed class State(bool[] listed, bool[] blocked, long[] aggregate, bool[] controlled, long[] rank, long nextRank)
    {
        public bool[] Listed { get; } = listed;

        public bool[] Blocked { get; } = blocked;

        public long[] Aggregate { get; } = aggregate;

        public bool[] Controlled { get; } = controlled;

        public long[] Rank { get; } = rank;

        public void Block(int party)
        {
            Blocked[party] = true;
            Rank[party] = nextRank++;
        }

        public OwnershipResult ToResult(OwnershipGraph graph, OwnershipRegime regime, IReadOnlyDictionary<string, ListedLink> listings) =>
            // A copy, so the caller may change its dictionary for the next list change without changing this result.
            new(graph, regime, new Dictionary<string, ListedLink>(listings, StringComparer.Ordinal), Listed, Blocked, Aggregate, Controlled, Rank, nextRank);
    }
}
