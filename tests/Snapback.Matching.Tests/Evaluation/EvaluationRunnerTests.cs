using System.Globalization;
using Snapback.Matching.Evaluation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    [Fact]
    public void Evaluate_DerivedCorpusAtDefaultThreshold_MeetsRecallAndFalseAlertBars()
    {
        var cases = new EvaluationSetGenerator(DerivedCorpus.Entities).Generate(200);
        var runner = EvaluationRunner.Run(DerivedCorpus.Index, cases);
        var report = runner.At(MatchOptions.DefaultThreshold);
        var output = TestContext.Current.TestOutputHelper;
        foreach (var c in report.Categories)
        {
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Category} | {(c.Positive ? "recall" : "false alerts")} | {c.Cases} | {c.Rate:0.000} |"));
        }

        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {report.Recall:0.000} false alerts {report.FalseAlertRate:0.000}"));
        foreach (var r in runner.Sweep([0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9]))
        {
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Threshold:0.00} | {r.Recall:0.000} | {r.FalseAlertRate:0.000} |"));
        }

        foreach (var (c, score) in runner.Scores.Where(p => p.Case.IsPositive == p.Score < MatchOptions.DefaultThreshold).Take(400))
        {
            var found = c.IsPositive
                ? DerivedCorpus.Index.Find(c.ExpectedId!)?.PrimaryName
                : DerivedCorpus.Index.Screen(c.Query, MatchOptions.Default).FirstOrDefault()?.Explanation.Summary;
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISS {c.Category} {score:0.00} '{c.Query.Name}' -> {c.ExpectedId} {found}"));
        }

        Assert.True(report.Recall >= 0.95, $"recall {report.Recall:0.000}");
        Assert.True(report.FalseAlertRate <= 0.01, $"false alerts {report.FalseAlertRate:0.000}");
    }
}
