using System.CommandLine;
using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Matching;
using Snapback.Matching.Evaluation;
using Spectre.Console;

namespace Snapback.Cli.Evaluation;

/// <summary>
/// <c>snapback eval</c>: generates the evaluation set from the lists in force (fixed seed, so reproducible), screens it, and prints
/// recall per category and the false-alert rate at the threshold, plus a threshold sweep.
/// </summary>
internal static class EvalCommand
{
    private static readonly Option<double?> Threshold = new("--threshold") { Description = $"Threshold to report (default {MatchOptions.DefaultThreshold:0.00})" };
    private static readonly Option<int> PerCategory = new("--per-category") { Description = "Cases per category (default 200)", DefaultValueFactory = _ => 200 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Random seed of the generator (default 20260128)", DefaultValueFactory = _ => 20260128 };
    private static readonly Option<bool> Sweep = new("--sweep") { Description = "Also print recall and false-alert rate over a range of thresholds" };

    public static Command Create()
    {
        var command = new Command("eval", "Measure matching quality on a generated evaluation set") { Threshold, PerCategory, Seed, Sweep, CliOptions.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var screening = await CliSession.LoadScreeningAsync(parse.GetValue(CliOptions.Database), null, cancellationToken);
        var index = screening.Current!.Index;
        var cases = new EvaluationSetGenerator(index.Entities, parse.GetValue(Seed)).Generate(parse.GetValue(PerCategory));
        var runner = EvaluationRunner.Run(index, cases);
        var report = runner.At(parse.GetValue(Threshold) ?? MatchOptions.DefaultThreshold);
        var sweep = parse.GetValue(Sweep) ? runner.Sweep() : [];
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(new { report, sweep });
            return 0;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("category").AddColumn("cases", c => c.RightAligned())
            .AddColumn("with hit", c => c.RightAligned()).AddColumn("rate", c => c.RightAligned());
        foreach (var category in report.Categories)
        {
            table.AddRow(
                category.Category + (category.Positive ? " (recall)" : " (false alerts)"),
                category.Cases.ToString(CultureInfo.InvariantCulture),
                category.WithHit.ToString(CultureInfo.InvariantCulture),
                category.Rate.ToString("0.000", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"threshold {report.Threshold:0.00}: recall {report.Recall:0.000} on {report.Positives} positives, false-alert rate {report.FalseAlertRate:0.000} on {report.Negatives} negatives"));
        foreach (var point in sweep)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"  {point.Threshold:0.00}  recall {point.Recall:0.000}  false alerts {point.FalseAlertRate:0.000}"));
        }

        return 0;
    }
}
