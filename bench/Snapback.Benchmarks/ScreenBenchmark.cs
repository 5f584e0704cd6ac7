using BenchmarkDotNet.Attributes;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>
/// One screen of a query from the screening mix (70% names on no list, 30% perturbed listed names), index vs brute force, over
/// every bundled list or the derived corpus.
/// </summary>
[MemoryDiagnoser]
public class ScreenBenchmark
{
    private MatchIndex index = null!;
    private BruteForceMatcher brute = null!;
    private ScreenQuery[] queries = [];
    private int next;

    [Params("lists", "derived")]
    public string Source { get; set; } = "lists";

    [GlobalSetup]
    public void Setup()
    {
        var entities = BenchData.Entities(Source);
        index = MatchIndex.Build(entities);
        brute = BruteForceMatcher.Build(entities);
        queries = [.. BenchData.Mix(entities, 50)];
    }

    [Benchmark(Baseline = true)]
    public int BruteForce() => brute.Screen(queries[next++ % queries.Length], MatchOptions.Default).Count;

    [Benchmark]
    public int Index() => index.Screen(queries[next++ % queries.Length], MatchOptions.Default).Count;
}
