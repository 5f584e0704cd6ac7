using BenchmarkDotNet.Attributes;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>One screen of a query from the evaluation mix (positives of every category and negatives), index vs brute force.</summary>
[MemoryDiagnoser]
public class ScreenBenchmark
{
    private MatchIndex index = null!;
    private BruteForceMatcher brute = null!;
    private ScreenQuery[] queries = [];
    private int next;

    [Params(1, 3)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var entities = BenchData.Entities(Scale);
        index = MatchIndex.Build(entities);
        brute = BruteForceMatcher.Build(entities);
        queries = [.. BenchData.Queries(entities, 16)];
    }

    [Benchmark(Baseline = true)]
    public int BruteForce() => brute.Screen(queries[next++ % queries.Length], MatchOptions.Default).Count;

    [Benchmark]
    public int Index() => index.Screen(queries[next++ % queries.Length], MatchOptions.Default).Count;
}
