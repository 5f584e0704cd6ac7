using BenchmarkDotNet.Attributes;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>
/// Batch screening: the screening mix over every bundled list, <see cref="MatchIndex.Screen"/> called from two threads.
/// The mean is per name screened (names/s = 1 / mean); the single-thread row on the same machine is the baseline.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmark
{
    private const int Names = 600;
    private MatchIndex index = null!;
    private ScreenQuery[] queries = [];

    [GlobalSetup]
    public void Setup()
    {
        var entities = BenchData.Entities("lists");
        index = MatchIndex.Build(entities);
        queries = [.. BenchData.Mix(entities, 50)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Names)]
    public void OneThread()
    {
        for (var i = 0; i < Names; i++)
        {
            index.Screen(queries[i % queries.Length], MatchOptions.Default);
        }
    }

    [Benchmark(OperationsPerInvoke = Names)]
    public void TwoThreads() =>
        Parallel.For(0, Names, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => index.Screen(queries[i % queries.Length], MatchOptions.Default));
}
