using System.Diagnostics;
using System.Globalization;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>
/// "--latency [scale]": the distribution BenchmarkDotNet does not give, p50/p99 of single screens over the query mix,
/// batch throughput on two threads, build time and the managed memory the index holds.
/// </summary>
internal static class LatencyProbe
{
    public static void Run(int scale)
    {
        var entities = BenchData.Entities(scale);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var index = MatchIndex.Build(entities);
        build.Stop();
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;
        var queries = BenchData.Queries(entities, 100);
        foreach (var q in queries.Take(200))
        {
            index.Screen(q, MatchOptions.Default);
        }

        var options = Environment.GetEnvironmentVariable("SNAPBACK_MAXHITS") is { Length: > 0 } maxHits
            ? MatchOptions.Default with { MaxHits = int.Parse(maxHits, CultureInfo.InvariantCulture) }
            : MatchOptions.Default;
        var times = new double[queries.Count];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Screen(queries[i], options);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / queries.Count;
        if (Environment.GetEnvironmentVariable("SNAPBACK_SLOWEST") is { Length: > 0 })
        {
            foreach (var i in Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[i],8:0.000} ms  {queries[i].Name}"));
            }
        }

        if (Environment.GetEnvironmentVariable("SNAPBACK_BRUTE") is { Length: > 0 })
        {
            var brute = BruteForceMatcher.Build(entities);
            var watch = Stopwatch.StartNew();
            foreach (var q in queries.Take(20))
            {
                brute.Screen(q, MatchOptions.Default);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"brute force {watch.Elapsed.TotalMilliseconds / 20:0.0} ms per query, {watch.Elapsed.TotalMilliseconds * 1000 / 20 / index.NameCount:0.00} us per name"));
        }

        Array.Sort(times);
        var batch = Stopwatch.StartNew();
        Parallel.For(0, queries.Count * 3, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => index.Screen(queries[i % queries.Count], MatchOptions.Default));
        batch.Stop();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"entities {index.EntityCount} names {index.NameCount} build {build.Elapsed.TotalSeconds:0.00} s index memory {memory / 1048576.0:0} MB; " +
            $"{queries.Count} queries p50 {times[times.Length / 2]:0.000} ms p99 {times[(int)(times.Length * 0.99)]:0.000} ms max {times[^1]:0.000} ms; " +
            $"cpu {cpuPerQuery:0.000} ms per query; batch on 2 threads {queries.Count * 3 / batch.Elapsed.TotalSeconds:0} names/s"));
    }
}
