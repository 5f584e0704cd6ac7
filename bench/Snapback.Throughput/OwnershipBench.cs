using System.Diagnostics;
using System.Globalization;
using Snapback.Screening.Ownership;

namespace Snapback.Throughput;

/// <summary>
/// Blocking by ownership on a synthetic graph of <c>--edges</c> holdings (corporate groups of 40 parties, each party owned by parties
/// before it in its group, one holding in 500 crossing groups either way, so there are cycles; 2% of parties listed): the full computation against
/// the recomputation after one new designation, from the same result, in the same run. Each recomputation is checked equal to the
/// full computation over the new listings.
/// </summary>
internal static class OwnershipBench
{
    private const int GroupSize = 40;

    public static void Run(HarnessOptions options, TextWriter output)
    {
        var random = new Random(options.Seed);
        var parties = (int)(options.Edges / 2.5);
        Console.Error.WriteLine($"ownership: generating {options.Edges:N0} holdings over {parties:N0} parties");
        var edges = Generate(random, parties, options.Edges);
        var buildStart = Stopwatch.GetTimestamp();
        var graph = OwnershipGraph.Build(edges, keepEdges: false);
        var buildMs = Stats.ElapsedMs(buildStart);
        var listed = new Dictionary<string, ListedLink>(StringComparer.Ordinal);
        for (var p = 0; p < parties; p++)
        {
            if (random.Next(50) == 0)
            {
                listed[Id(p)] = new ListedLink(Id(p), Id(p));
            }
        }

        var before = OwnershipCalculator.Compute(graph, listed, OwnershipRegime.Ofac);
        // A designation of the head of a group, not yet listed: what it owns, directly or through others, is recomputed.
        var designated = Enumerable.Range(0, parties / GroupSize).Select(_ => Id(random.Next(parties / GroupSize) * GroupSize))
            .First(id => !listed.ContainsKey(id) && graph.IndexOf(id) >= 0);
        var after = new Dictionary<string, ListedLink>(listed, StringComparer.Ordinal) { [designated] = new ListedLink(designated, designated) };

        var fullRuns = new List<double>();
        var incrementalRuns = new List<double>();
        OwnershipRecompute? recompute = null;
        OwnershipResult? full = null;
        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            var fullStart = Stopwatch.GetTimestamp();
            full = OwnershipCalculator.Compute(graph, after, OwnershipRegime.Ofac);
            fullRuns.Add(Stats.ElapsedMs(fullStart));
            var incrementalStart = Stopwatch.GetTimestamp();
            recompute = OwnershipCalculator.Recompute(before, after, [designated]);
            incrementalRuns.Add(Stats.ElapsedMs(incrementalStart));
        }

        var same = recompute!.Result.SameAs(full!);
        var fullMs = Stats.Median(fullRuns);
        var incrementalMs = Stats.Median(incrementalRuns);
        output.WriteLine("## ownership");
        output.WriteLine();
        output.WriteLine($"A synthetic graph of {Format.Count(graph.EdgeCount)} holdings between {Format.Count(graph.PartyCount)} parties "
            + $"({Format.Count(listed.Count)} listed; {Format.Count(before.OwnedCount)} blocked by ownership under OFAC's rule before the designation, "
            + $"{Format.Count(full!.OwnedCount)} after), built into the graph in {Format.Milliseconds(buildMs)}. One new designation ({designated}): "
            + $"the full computation against the recomputation of the {Format.Count(recompute.Recomputed)} parties downstream of it "
            + $"({recompute.Changed.Length} changed status), median of {options.Repetitions}, same run; equal results: {same}.");
        output.WriteLine();
        new MarkdownTable("step", "parties computed", "time", "× incremental")
            .Add("full computation (baseline)", Format.Count(graph.PartyCount), Format.Milliseconds(fullMs), Format.Ratio(fullMs / incrementalMs))
            .Add("recompute after one designation", Format.Count(recompute.Recomputed), Format.Milliseconds(incrementalMs), Format.Ratio(1))
            .Write(output);
        if (!same)
        {
            throw new InvalidOperationException("the recomputation differs from the full computation");
        }
    }

    private static string Id(int party) => "p" + party.ToString(CultureInfo.InvariantCulture);

    private static List<OwnershipEdge> Generate(Random random, int parties, int count)
    {
        var edges = new List<OwnershipEdge>(count);
        var seen = new HashSet<(int, int)>();
        while (edges.Count < count)
        {
            // Corporate groups of 40: a party is owned by parties before it in its group, and one holding in 500 crosses to any party,
            // back or forth, so groups hold stakes in each other and some holdings run in cycles.
            var owned = random.Next(parties);
            var start = owned / GroupSize * GroupSize;
            var owner = random.Next(500) == 0 ? random.Next(parties) : owned == start ? -1 : start + random.Next(owned - start);
            if (owner < 0 || owner == owned || !seen.Add((owner, owned)))
            {
                continue;
            }

            // Shares of 5% to 60% in steps of 5, so several owners of one party often reach half between them.
            edges.Add(new OwnershipEdge(Id(owner), Id(owned), 5 * (1 + random.Next(12)), random.Next(50) == 0));
        }

        return edges;
    }
}
