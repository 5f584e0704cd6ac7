using Snapback.Matching.Tests.Support;
using Snapback.Tests;

namespace Snapback.Matching.Tests;

public sealed class PeerCasesTests
{
    private static readonly IReadOnlyList<PeerCase> Cases = PeerCase.Load(Path.Combine(RepoPaths.SharedEval, "peer_cases.jsonl"));

    [Fact]
    public void PeerCases_AllLinesAreLoaded()
    {
        var lines = File.ReadLines(Path.Combine(RepoPaths.SharedEval, "peer_cases.jsonl")).Count(static l => l.TrimStart().StartsWith('{'));
        Assert.Equal(lines, Cases.Count);
    }

    [Fact]
    public void PeerCases_AtDefaultThreshold_AtLeastNinetyPercentRight()
    {
        var failures = Cases.Select(static c => (Case: c, Result: PeerCaseRunner.Run(c))).Where(static r => !r.Result.Pass).ToList();
        foreach (var (c, result) in failures)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{c} -> {result.Detail}");
        }

        var rate = 1.0 - ((double)failures.Count / Cases.Count);
        TestContext.Current.TestOutputHelper?.WriteLine($"pass rate {rate:P1} ({Cases.Count - failures.Count}/{Cases.Count})");
        Assert.True(rate >= 0.90, $"pass rate {rate:P1}");
    }
}
