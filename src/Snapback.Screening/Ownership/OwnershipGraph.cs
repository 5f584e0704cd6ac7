namespace Snapback.Screening.Ownership;

/// <summary>
/// The holdings between parties, indexed both ways (who owns a party, what a party owns) in flat arrays, so a million holdings
/// cost a few arrays rather than a million objects. A repeated (owner, owned) pair keeps its last holding.
/// </summary>
public sealed class OwnershipGraph
{
    private readonly Dictionary<string, int> index;
    private readonly string[] ids;
    private readonly int[] owners;
    private readonly int[] owned;
    private readonly long[] shares;
    private readonly bool[] controls;
    private readonly OwnershipEdge?[] edges;
    private readonly int[] outStart;
    private readonly int[] outEdges;
    private readonly int[] inStart;
    private readonly int[] inEdges;

    private OwnershipGraph(Dictionary<string, int> index, string[] ids, List<OwnershipEdge> kept, bool keepEdges)
    {
        this.index = index;
        this.ids = ids;
        var count = kept.Count;
        owners = new int[count];
        owned = new int[count];
        shares = new long[count];
        controls = new bool[count];
        edges = keepEdges ? [.. kept] : [];
        for (var e = 0; e < count; e++)
        {
            owners[e] = index[kept[e].Owner];
            owned[e] = index[kept[e].Owned];
            shares[e] = kept[e].ShareUnits;
            controls[e] = kept[e].Control;
        }

        (outStart, outEdges) = Adjacency(ids.Length, owners);
        (inStart, inEdges) = Adjacency(ids.Length, owned);
    }

    public int PartyCount => ids.Length;

    public int EdgeCount => owners.Length;

    /// <summary>Builds the graph; <paramref name="keepEdges"/> keeps each holding's source and date for reports (off for benchmarks).</summary>
    public static OwnershipGraph Build(IEnumerable<OwnershipEdge> holdings, bool keepEdges = true)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var pairs = new Dictionary<(int, int), int>();
        var kept = new List<OwnershipEdge>();
        int Party(string id)
        {
            if (!index.TryGetValue(id, out var i))
            {
                i = ids.Count;
                index.Add(id, i);
                ids.Add(id);
            }

            return i;
        }

        foreach (var edge in holdings)
        {
            var pair = (Party(edge.Owner), Party(edge.Owned));
            if (pairs.TryGetValue(pair, out var at))
            {
                kept[at] = edge;
            }
            else
            {
                pairs.Add(pair, kept.Count);
                kept.Add(edge);
            }
        }

        return new OwnershipGraph(index, [.. ids], kept, keepEdges);
    }

    /// <summary>The party's index, or -1 when no holding names it.</summary>
    public int IndexOf(string partyId) => index.TryGetValue(partyId, out var i) ? i : -1;

    public string PartyId(int party) => ids[party];

    /// <summary>Holdings (edge indexes) of the party: what it owns.</summary>
    public ReadOnlySpan<int> Holdings(int party) => outEdges.AsSpan(outStart[party], outStart[party + 1] - outStart[party]);

    /// <summary>Holdings (edge indexes) in the party: who owns it.</summary>
    public ReadOnlySpan<int> HeldBy(int party) => inEdges.AsSpan(inStart[party], inStart[party + 1] - inStart[party]);

    public int Owner(int edge) => owners[edge];

    public int Owned(int edge) => owned[edge];

    public long ShareUnits(int edge) => shares[edge];

    public bool Control(int edge) => controls[edge];

    /// <summary>The holding as given, when the graph was built with <c>keepEdges</c>.</summary>
    public OwnershipEdge Edge(int edge) =>
        edges.Length > 0 ? edges[edge]! : new OwnershipEdge(ids[owners[edge]], ids[owned[edge]], (decimal)shares[edge] / OwnershipEdge.UnitsPerPercent, controls[edge]);

    private static (int[] Start, int[] Edges) Adjacency(int parties, int[] endpoint)
    {
        var start = new int[parties + 1];
        foreach (var party in endpoint)
        {
            start[party + 1]++;
        }

        for (var p = 0; p < parties; p++)
        {
            start[p + 1] += start[p];
        }

        var next = start[..^1];
        var list = new int[endpoint.Length];
        for (var e = 0; e < endpoint.Length; e++)
        {
            list[next[endpoint[e]]++] = e;
        }

        return (start, list);
    }
}
