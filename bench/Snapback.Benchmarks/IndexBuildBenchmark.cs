using BenchmarkDotNet.Attributes;
using Snapback.Lists.Model;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>Building the matcher from entities: the brute-force catalog (parsed names only) vs the full inverted index.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmark
{
    private IReadOnlyList<ListedEntity> entities = [];

    [Params("lists", "derived")]
    public string Source { get; set; } = "lists";

    [GlobalSetup]
    public void Setup() => entities = BenchData.Entities(Source);

    [Benchmark(Baseline = true)]
    public BruteForceMatcher BruteForceCatalog() => BruteForceMatcher.Build(entities);

    [Benchmark]
    public MatchIndex Index() => MatchIndex.Build(entities);
}
