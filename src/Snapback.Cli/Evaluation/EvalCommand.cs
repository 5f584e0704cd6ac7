using System.CommandLine;
using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Evaluation.Deck;
using Snapback.Evaluation.Running;
using Spectre.Console;

namespace Snapback.Cli.Evaluation;

/// <summary>
/// <c>snapback eval</c>: makes the evaluation deck from the lists in force (seeded, so reproducible), chooses the threshold on
/// its tuning half and prints recall and false alerts per category on the held-out half, with 95% intervals.
/// </summary>
internal static class EvalCommand
{
    private static readonly Option<int> PerCategory = new("--per-category")
    {
        Description = $"Queries per category, half of them held out (default {DeckOptions.DefaultPerCategory})",
        DefaultValueFactory = _ => DeckOptions.DefaultPerCategory,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = $"Seed of the deck and of its split into halves (default {DeckOptions.DefaultSeed})",
        DefaultValueFactory = _ => DeckOptions.DefaultSeed,
    };

    private static readonly Option<double?> Threshold = new("--threshold")
    {
        Description = "Report both halves at this threshold (0.50 to 1) instead of the one chosen on the tuning half",
    };

    private static readonly Option<bool> Sweep = new("--sweep")
    {
        Description = "Also give recall and false alerts of both halves from 0.50 to 1.00",
    };

    public static Command Create()
    {
        var command = new Command("eval", "Measure matching quality on a generated evaluation deck")
        {
            PerCategory, Seed, Threshold, Sweep, CliOptions.Json,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var perCategory = parse.GetValue(PerCategory);
        if (perCategory < 2)
        {
            throw new ArgumentException("--per-category: must be at least 2 (one query for each half)");
        }

        var threshold = parse.GetValue(Threshold);
        if (threshold is < 0.5 or > 1)
        {
            throw new ArgumentException("--threshold: must be between 0.50 and 1");
        }

        var entities = await LoadEntitiesAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var deck = EvaluationDeck.Build(entities, new DeckOptions(parse.GetValue(Seed), perCategory));
        var report = EvaluationRunner.Run(deck, threshold, TimeProvider.System, cancellationToken);
        if (!parse.GetValue(Sweep))
        {
            report = report with { Sweep = [] };
        }

        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(report);
            return 0;
        }

        Print(report);
        return 0;
    }

    // The entities of the lists in force; the index loaded with them is let go, as the evaluation builds its own two.
    private static async Task<IReadOnlyList<Snapback.Lists.Model.ListedEntity>> LoadEntitiesAsync(string? database, CancellationToken cancellationToken)
    {
        var screening = await CliSession.LoadScreeningAsync(database, null, cancellationToken);
        return screening.Current!.Index.Entities;
    }

    private static void Print(EvaluationReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("category").AddColumn("measure")
            .AddColumn("held out", c => c.RightAligned()).AddColumn("rate", c => c.RightAligned())
            .AddColumn("95% interval", c => c.RightAligned());
        foreach (var category in report.Categories)
        {
            Row(table, Markup.Escape(category.Category), category.Positive ? "recall" : "false alerts", category.HeldOut);
        }

        Row(table, "[bold]all positives[/]", "recall", report.Recall);
        Row(table, "[bold]all negatives[/]", "false alerts", report.FalseAlerts);
        AnsiConsole.Write(table);
        var unmet = report.ThresholdMeetsTarget ? string.Empty : " (none meets it: the highest is taken)";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"threshold {report.Threshold:0.00}: the lowest with false alerts ≤ {report.FalseAlertTarget:0%} on the tuning half{unmet}"));
        var (recall, alerts) = (report.Recall, report.FalseAlerts);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"at {report.ReportedAt:0.00}, held out: recall {recall.Rate:0.000} [{recall.Low:0.000}–{recall.High:0.000}], "
            + $"false alerts {alerts.Rate:0.0%} [{alerts.Low:0.0%}–{alerts.High:0.0%}]; tuning half: recall {report.TuningRecall.Rate:0.000}, "
            + $"false alerts {report.TuningFalseAlerts.Rate:0.0%}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Queries} queries over {report.Entities} entities, seed {report.Seed}; {report.ThresholdDependentOutcomes} held-out "
            + $"outcomes differ between a screen at {report.ReportedAt:0.00} and one at 0.50 cut there"));
        foreach (var point in report.Sweep)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {point.Threshold:0.00}  tuning recall {point.TuningRecall:0.000} false alerts {point.TuningFalseAlerts:0.000}  "
                + $"held out recall {point.HeldOutRecall:0.000} false alerts {point.HeldOutFalseAlerts:0.000}"));
        }
    }

    private static void Row(Table table, string name, string measure, Proportion p) =>
        table.AddRow(
            name,
            measure,
            p.Total.ToString(CultureInfo.InvariantCulture),
            p.Rate.ToString("0.000", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{p.Low:0.000}–{p.High:0.000}"));
}
