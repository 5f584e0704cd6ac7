using System.Collections.Concurrent;
using System.Globalization;
using Snapback.Matching.Tests.Support;
using Xunit.Sdk;

namespace Snapback.Matching.Tests.Index;

/// <summary>
/// The index's promise as a property: over generated queries of every kind on the bundled lists, at several thresholds, it
/// returns exactly the hits and scores that scoring every listed name returns, and a screen at a higher threshold returns
/// exactly the hits of a lower one cut there.
/// </summary>
public sealed class MatchIndexExactnessTests(ITestOutputHelper output)
{
    private static readonly double[] Thresholds = [0.7, 0.8, 0.9];

    [Fact]
    public void Screen_GeneratedQueriesAtEveryThreshold_GiveExactlyTheBruteForceHits()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SNAPBACK_EXACTNESS_QUERIES"), CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        var queries = new QueryPerturber(BundledLists.Entities, seed: 20261201).Generate(count).ToList();
        var differences = new ConcurrentBag<string>();
        var hits = new int[Thresholds.Length];
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q =>
        {
            // Brute force once at the lowest threshold with every hit kept; a higher threshold's hits are those at or above it.
            var lowest = new MatchOptions { Threshold = Thresholds[0], MaxHits = int.MaxValue };
            var all = BundledLists.BruteForce.Screen(q.Query, lowest);
            for (var t = 0; t < Thresholds.Length; t++)
            {
                var options = new MatchOptions { Threshold = Thresholds[t], MaxHits = int.MaxValue };
                var expected = all.Where(h => h.Score >= Thresholds[t]).Select(static h => (h.Entity.Id, h.Score, h.MatchedName)).ToList();
                var actual = BundledLists.Index.Screen(q.Query, options).Select(static h => (h.Entity.Id, h.Score, h.MatchedName)).ToList();
                if (expected.Exists(h => Math.Abs(h.Score - Thresholds[t]) < 1e-4))
                {
                    // Scores are reported rounded: one that rounds to the threshold may lie just below it, so ask brute force again.
                    expected = [.. BundledLists.BruteForce.Screen(q.Query, options).Select(static h => (h.Entity.Id, h.Score, h.MatchedName))];
                }

                Interlocked.Add(ref hits[t], actual.Count);
                if (!expected.SequenceEqual(actual))
                {
                    differences.Add($"[{q.Kind}] '{q.Query.Name}' at {Thresholds[t]}: brute force {Describe(expected)}; index {Describe(actual)}");
                }
            }
        });

        Report(queries.Count, hits, differences);
    }

    /// <summary>
    /// A screen never loses a hit because it asked for fewer: at a threshold T it returns exactly the hits a screen at 0.50
    /// returns with a score of at least T (same entities, names, scores, explanations and order, the same top hits), over
    /// generated queries of every kind, half of them with a birth date, a country or an identifier.
    /// </summary>
    [Fact]
    public void Screen_HigherThreshold_GivesTheLowerThresholdsHitsCutThere()
    {
        const double lowest = 0.5;
        var queries = new QueryPerturber(BundledLists.Entities, seed: 20261202).GenerateWithEvidence(6_000).ToList();
        var differences = new ConcurrentBag<string>();
        var hits = new int[Thresholds.Length];
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q =>
        {
            var all = BundledLists.Index.Screen(q.Query, new MatchOptions { Threshold = lowest });
            for (var t = 0; t < Thresholds.Length; t++)
            {
                var threshold = Thresholds[t];
                var expected = all.Where(h => h.Score >= threshold).Select(Describe).ToList();
                var actual = BundledLists.Index.Screen(q.Query, new MatchOptions { Threshold = threshold }).Select(Describe).ToList();
                Interlocked.Add(ref hits[t], actual.Count);
                if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
                {
                    differences.Add($"[{q.Kind}] {q.Query} at {threshold}: at {lowest} cut [{string.Join(", ", expected)}]; [{string.Join(", ", actual)}]");
                }
            }
        });

        Report(queries.Count, hits, differences);
    }

    private void Report(int queries, int[] hits, ConcurrentBag<string> differences)
    {
        output.WriteLine($"{queries} queries; hits at {string.Join(", ", Thresholds.Select((t, i) => $"{t}: {hits[i]}"))}; {differences.Count} differences");
        foreach (var d in differences.Take(40))
        {
            output.WriteLine(d);
        }

        Assert.True(hits[^1] > 0, "no hits at all: the generated queries do not exercise the index");
        if (!differences.IsEmpty)
        {
            throw new XunitException($"{differences.Count} differences, for example:\n{string.Join('\n', differences.Take(10))}");
        }
    }

    // A hit as a caller sees it: the entity, the name it matched, its score and what the explanation says.
    private static string Describe(MatchHit hit) =>
        string.Create(CultureInfo.InvariantCulture, $"{hit.Entity.Id} {hit.Score:0.0000} '{hit.MatchedName}' ({hit.Explanation.Summary})");

    private static string Describe(IEnumerable<(string Id, double Score, string Name)> hits) =>
        "[" + string.Join(", ", hits.Select(static h => string.Create(CultureInfo.InvariantCulture, $"{h.Id} {h.Score:0.0000} '{h.Name}'"))) + "]";
}
