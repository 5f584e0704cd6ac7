using BenchmarkDotNet.Attributes;
using Snapback.Matching;

namespace Snapback.Benchmarks;

/// <summary>
/// The hostile case for one request's work: a name made only of the commonest tokens on the lists ("abdul rahman ahmad …", up to the
/// 500-character cap), screened at threshold 0 so nothing is cut early, against every bundled list. The baseline is a typical
/// query from the screening mix at the same threshold, so the ratio says how much more one such name costs.
/// </summary>
[MemoryDiagnoser]
public class WorstCaseBenchmark
{
    private static readonly string[] CommonTokens =
        ["abdul", "rahman", "ahmad", "mohammed", "ali", "hassan", "hussein", "ibrahim", "khalid", "omar", "al"];

    private MatchIndex index = null!;
    private ScreenQuery[] typical = [];
    private ScreenQuery worst = null!;
    private MatchOptions options = MatchOptions.Default;
    private int next;

    /// <summary>Words in the hostile name; 75 fills the 500-character cap.</summary>
    [Params(5, 20, 75)]
    public int Words { get; set; }

    [Params(0.0, 0.8)]
    public double Threshold { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var entities = BenchData.BundledLists();
        index = MatchIndex.Build(entities);
        typical = [.. BenchData.Mix(entities, 20)];
        worst = new ScreenQuery(Name(Words), null, null, null, []);
        options = MatchOptions.Default with { Threshold = Threshold };
    }

    /// <summary>The hostile name: the common tokens in turn, <paramref name="words"/> of them, cut to 500 characters.</summary>
    public static string Name(int words)
    {
        var name = string.Join(' ', Enumerable.Range(0, words).Select(static i => CommonTokens[i % CommonTokens.Length]));
        return name.Length <= 500 ? name : name[..name.LastIndexOf(' ', 500)];
    }

    [Benchmark(Baseline = true)]
    public int Typical() => index.Screen(typical[next++ % typical.Length], options).Count;

    [Benchmark]
    public int CommonTokenName() => index.Screen(worst, options).Count;
}
