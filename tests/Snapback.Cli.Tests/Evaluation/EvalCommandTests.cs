using System.Text.Json;
using Snapback.Cli.Tests.Support;

namespace Snapback.Cli.Tests.Evaluation;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_SmallDeckAsJson_ReportsTheThresholdChosenOnTheTuningHalfAndEachCategory()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var result = await run.SnapbackAsync("eval", "--per-category", "20", "--seed", "3", "--sweep", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var report = json.RootElement;
        Assert.Equal(3, report.GetProperty("seed").GetInt32());
        var threshold = report.GetProperty("threshold").GetDouble();
        Assert.InRange(threshold, 0.5, 1.0);
        Assert.Equal(threshold, report.GetProperty("reported_at").GetDouble());
        var sweep = report.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal(51, sweep.Count);
        var categories = report.GetProperty("categories").EnumerateArray().ToList();
        Assert.Contains(categories, c => c.GetProperty("category").GetString() == "merged_mixed_case");
        Assert.Contains(categories, c => c.GetProperty("category").GetString() == "negative_arabic_person");
        Assert.All(categories, c => Assert.InRange(c.GetProperty("held_out").GetProperty("total").GetInt32(), 1, 10));
    }

    [Fact]
    public async Task Eval_ThresholdAsked_ReportsThereAsText()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var result = await run.SnapbackAsync("eval", "--per-category", "10", "--threshold", "0.8");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("typo_one_edit", result.Output, StringComparison.Ordinal);
        Assert.Contains("at 0.80, held out: recall", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--per-category", "1")]
    [InlineData("--threshold", "0.3")]
    public async Task Eval_OutOfRangeOption_IsAOneLineErrorWithExitCodeTwo(string option, string value)
    {
        using var run = new CliRun();
        var result = await run.SnapbackAsync("eval", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("snapback: " + option, result.Error.Trim(), StringComparison.Ordinal);
    }
}
