using System.Diagnostics;
using System.Globalization;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>
/// "--latency [lists|derived|derived3]": what BenchmarkDotNet does not give: p50/p99 of single screens over the screening mix
/// (70% names on no list, 30% perturbed listed names), batch throughput on two threads, build time, the managed memory the
/// index holds, and brute force on the same queries in the same run, so that ratios survive a loaded machine.
/// </summary>
internal static class LatencyProbe
{
    public static void Run(string source)
    {
        var entities = BenchData.Entities(source);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var index = MatchIndex.Build(entities);
        build.Stop();
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;
        var queries = BenchData.Mix(entities, 150);
        // Warm-up: the whole mix at least three times and for at least five seconds, so that the JIT has finished tiering
        // before anything is timed (three rounds alone take half a second, and then screens still run partly unoptimised
        // code: p50 0.11 ms and p99 3 ms instead of 0.04 ms and 0.7 ms).
        var warmUp = Stopwatch.StartNew();
        for (var round = Environment.GetEnvironmentVariable("SNAPBACK_SCREENS") is null ? 0 : 3; round < 3 || warmUp.Elapsed.TotalSeconds < 5; round++)
        {
            foreach (var q in queries)
            {
                index.Screen(q, MatchOptions.Default);
            }
        }

        if (Environment.GetEnvironmentVariable("SNAPBACK_SCREENS") is { Length: > 0 } count)
        {
            // A fixed number of screens, for instruction counts (perf stat), which do not depend on the machine's load.
            for (var i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
            {
                index.Screen(queries[i % queries.Count], MatchOptions.Default);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable("SNAPBACK_LOOP") is { Length: > 0 } loop)
        {
            // Screens only, for a profiler: the mix over and over for the given number of seconds.
            var until = Stopwatch.StartNew();
            var screens = 0;
            while (until.Elapsed.TotalSeconds < int.Parse(loop, CultureInfo.InvariantCulture))
            {
                index.Screen(queries[screens++ % queries.Count], MatchOptions.Default);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{screens} screens"));
            return;
        }

        var options = Environment.GetEnvironmentVariable("SNAPBACK_MAXHITS") is { Length: > 0 } maxHits
            ? MatchOptions.Default with { MaxHits = int.Parse(maxHits, CultureInfo.InvariantCulture) }
            : MatchOptions.Default;
        // SNAPBACK_ROUNDS=n screens the mix n times and keeps each query's fastest time, so another process's burst does not
        // land in the tail.
        var rounds = Environment.GetEnvironmentVariable("SNAPBACK_ROUNDS") is { Length: > 0 } r ? int.Parse(r, CultureInfo.InvariantCulture) : 1;
        var times = new double[queries.Count];
        Array.Fill(times, double.MaxValue);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                index.Screen(queries[i], options);
                times[i] = Math.Min(times[i], Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (queries.Count * rounds);
        if (Environment.GetEnvironmentVariable("SNAPBACK_SLOWEST") is { Length: > 0 })
        {
            foreach (var i in Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[i],8:0.000} ms  {queries[i].Name}"));
            }
        }

        var mean = times.Average();
        Array.Sort(times);
        var batchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var batch = Stopwatch.StartNew();
        Parallel.For(0, queries.Count * 3, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => index.Screen(queries[i % queries.Count], MatchOptions.Default));
        batch.Stop();
        batchCpu = Process.GetCurrentProcess().TotalProcessorTime - batchCpu;
        if (Environment.GetEnvironmentVariable("SNAPBACK_NOBRUTE") is { Length: > 0 })
        {
            return;
        }

        var brute = BruteForceMatcher.Build(entities);
        if (Environment.GetEnvironmentVariable("SNAPBACK_VERIFY") is { Length: > 0 } verify)
        {
            // Index and brute force must give the same hits and scores.
            var differ = 0;
            foreach (var q in queries.Take(int.Parse(verify, CultureInfo.InvariantCulture)))
            {
                var a = string.Join("; ", index.Screen(q, MatchOptions.Default).Select(static h => $"{h.Entity.Id} {h.Score}"));
                var b = string.Join("; ", brute.Screen(q, MatchOptions.Default).Select(static h => $"{h.Entity.Id} {h.Score}"));
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    differ++;
                    Console.WriteLine($"differ: {q.Name}: index [{a}] brute force [{b}]");
                    foreach (var h in brute.Screen(q, MatchOptions.Default))
                    {
                        Console.WriteLine("   " + h.Explanation.Summary + " " + string.Join(" | ", h.Explanation.Tokens));
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{differ} queries differ"));
        }

        var sample = queries.Take(10).ToArray();
        var indexWatch = Stopwatch.StartNew();
        foreach (var q in sample)
        {
            index.Screen(q, MatchOptions.Default);
        }

        indexWatch.Stop();
        var bruteWatch = Stopwatch.StartNew();
        foreach (var q in sample)
        {
            brute.Screen(q, MatchOptions.Default);
        }

        bruteWatch.Stop();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"entities {index.EntityCount} names {index.NameCount} build {build.Elapsed.TotalSeconds:0.00} s index memory {memory / 1048576.0:0} MB; " +
            $"{queries.Count} queries mean {mean:0.000} ms p50 {times[times.Length / 2]:0.000} ms p99 {times[(int)(times.Length * 0.99)]:0.000} ms max {times[^1]:0.000} ms; " +
            $"cpu {cpuPerQuery:0.000} ms per query; batch on 2 threads {queries.Count * 3 / batch.Elapsed.TotalSeconds:0} names/s " +
            $"({queries.Count * 3 / batchCpu.TotalSeconds:0} names per cpu-second); " +
            $"brute force {bruteWatch.Elapsed.TotalMilliseconds / sample.Length:0.0} ms per query, index / brute force {indexWatch.Elapsed.TotalMilliseconds / bruteWatch.Elapsed.TotalMilliseconds:0.0000}"));
    }
}
