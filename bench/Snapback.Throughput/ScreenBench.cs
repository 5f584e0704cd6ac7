using System.Diagnostics;
using Snapback.Lists.Model;
using Snapback.Matching;

namespace Snapback.Throughput;

/// <summary>
/// Single-screen latency, one thread, over a fixed query set: listed names as written, listed names perturbed, and made-up names.
/// The baseline is the brute-force matcher (same scoring, every name scored) on the leading queries of the set.
/// </summary>
internal static class ScreenBench
{
    public static void Run(IReadOnlyList<ListedEntity> entities, HarnessOptions options, TextWriter output)
    {
        var random = new Random(options.Seed);
        var names = new ListedNames(entities, random);
        var queries = Enumerable.Range(0, options.Queries).Select(_ => new ScreenQuery(names.Next(0.1, 0.5).Name)).ToArray();
        var subset = queries[..options.BruteQueries];
        var index = MatchIndex.Build(entities);
        var brute = BruteForceMatcher.Build(entities);

        Time(index, queries);
        Time(brute, subset[..Math.Min(10, subset.Length)]);
        var indexAll = new List<Latency>();
        var indexSubset = new List<Latency>();
        var bruteSubset = new List<Latency>();
        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            Console.Error.WriteLine($"screen: repetition {rep + 1}/{options.Repetitions}");
            var all = Time(index, queries);
            indexAll.Add(Latency.Of(all));
            indexSubset.Add(Latency.Of(all[..subset.Length]));
            bruteSubset.Add(Latency.Of(Time(brute, subset)));
        }

        var withHits = queries.Count(q => index.Screen(q, MatchOptions.Default).Count > 0);
        var agree = subset.Count(q => SameTopHit(index.Screen(q, MatchOptions.Default), brute.Screen(q, MatchOptions.Default)));

        output.WriteLine("## screen");
        output.WriteLine();
        output.WriteLine($"{Format.Count(queries.Length)} queries (10% listed names as written, 50% listed names with typos, "
            + "reordered or dropped words or changed case, 40% made-up names), name only, default options, one thread; "
            + $"{Format.Count(withHits)} have a hit. Brute force screens the first {Format.Count(subset.Length)}; its top hit is the "
            + $"index's on {Format.Count(agree)} of them. Latency is per query; p99 of a small subset is close to its maximum.");
        output.WriteLine();
        var baseline = Latency.Median(bruteSubset);
        var table = new MarkdownTable(
            "matcher", "queries", "p50", "p99", "mean", "queries/s", "p50 speed-up", "p99 speed-up", "mean speed-up");
        foreach (var (name, count, runs) in new[]
        {
            ("BruteForceMatcher (baseline)", subset.Length, bruteSubset),
            ("MatchIndex, same queries", subset.Length, indexSubset),
            ("MatchIndex, all queries", queries.Length, indexAll),
        })
        {
            var median = Latency.Median(runs);
            table.Add(
                name,
                Format.Count(count),
                Format.Microseconds(median.P50),
                Format.Microseconds(median.P99),
                Format.Microseconds(median.Mean),
                Format.Count(1000 / median.Mean),
                Format.Ratio(baseline.P50 / median.P50),
                Format.Ratio(baseline.P99 / median.P99),
                Format.Ratio(baseline.Mean / median.Mean));
        }

        table.Write(output);
    }

    private static double[] Time(MatchIndex index, ScreenQuery[] queries) =>
        Time(queries, q => index.Screen(q, MatchOptions.Default));

    private static double[] Time(BruteForceMatcher brute, ScreenQuery[] queries) =>
        Time(queries, q => brute.Screen(q, MatchOptions.Default));

    private static double[] Time(ScreenQuery[] queries, Func<ScreenQuery, IReadOnlyList<MatchHit>> screen)
    {
        var times = new double[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(screen(queries[i]));
            times[i] = Stats.ElapsedMs(start);
        }

        return times;
    }

    private static bool SameTopHit(IReadOnlyList<MatchHit> a, IReadOnlyList<MatchHit> b) =>
        a.Count == 0 ? b.Count == 0 : b.Count > 0 && string.Equals(a[0].Entity.Id, b[0].Entity.Id, StringComparison.Ordinal);
}
