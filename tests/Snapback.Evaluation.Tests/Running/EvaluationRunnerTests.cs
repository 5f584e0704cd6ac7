using System.Globalization;
using Snapback.Evaluation.Deck;
using Snapback.Evaluation.Running;
using Snapback.Evaluation.Tests.Support;

namespace Snapback.Evaluation.Tests.Running;

public sealed class EvaluationRunnerTests
{
    // Measured today on the derived corpus at 0.80: 0.923 of 725 held out (matcher 2026.12.8; 0.926 with 2026.12.6 and 2026.12.7,
    // 0.916 with 2026.12.5).
    private const double CrossScriptFloor = 0.91;

    [Fact]
    public void Run_SampleOfTheLists_ChoosesTheLowestThresholdWithinTheTargetAndReportsEveryQuery()
    {
        var sample = ListedData.Bundled.Where(static (_, i) => i % 20 == 0).ToList();
        var deck = EvaluationDeck.Build(sample, new DeckOptions(PerCategory: 30));
        var report = EvaluationRunner.Run(deck, null, TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal(deck.Cases.Length, report.Queries);
        Assert.Equal(deck.Cases.Length, report.Categories.Sum(static c => c.HeldOut.Total + c.Tuning.Total));
        Assert.Equal(deck.Cases.Count(static c => !c.Tuning && c.IsPositive), report.Recall.Total);
        Assert.Equal(51, report.Sweep.Length);
        var lowest = report.Sweep.FirstOrDefault(static p => p.TuningFalseAlerts <= EvaluationRunner.FalseAlertTarget);
        Assert.Equal(lowest?.Threshold ?? 1.0, report.Threshold);
        Assert.All(report.Categories, static c => Assert.True(c.Misses.Length <= 5));
    }

    // What the matcher reaches today on the held-out half at the default threshold (on this deck recall 0.957, false alerts
    // 1.0%, a family name alone 3.5%; on the deck of `snapback eval`, docs/matching.md: 0.954, 0.8%, 3.0%; matcher 2026.12.8;
    // 0.955, 1.3% and 3.5% here with 2026.12.7), with room for the deck's noise: a change that loses recall or adds false
    // alerts beyond it fails. The bar the product aims at, recall 0.95 with false alerts at 1% at one threshold, is met by the
    // deck of `snapback eval` with little margin and is reported there, not asserted.
    [Fact]
    public void Evaluate_BundledLists_AtTheDefaultThreshold_KeepsTodaysRecallAndFalseAlerts()
    {
        var deck = EvaluationDeck.Build(ListedData.Bundled, new DeckOptions());
        var report = EvaluationRunner.Run(deck, 0.80, TimeProvider.System, TestContext.Current.CancellationToken);
        Write(report);

        Assert.True(report.Recall.Rate >= 0.95, $"held-out recall {report.Recall.Rate:0.000} at 0.80");
        Assert.True(report.FalseAlerts.Rate <= 0.015, $"held-out false alerts {report.FalseAlerts.Rate:0.000} at 0.80");
        var familyAlone = report.Categories.Single(static c => c.Category == "negative_family_name_alone").HeldOut;
        Assert.True(familyAlone.Rate <= 0.05, $"a family name alone alerts {familyAlone.Rate:0.000} of the time at 0.80");
        Assert.Equal(0, report.Categories.Single(static c => c.Category == "merged_mixed_case").HeldOut.Total
            - report.Categories.Single(static c => c.Category == "merged_mixed_case").HeldOut.Count);
    }

    [Fact]
    public void Evaluate_DerivedCorpus_FindsCrossScriptPairsOnTheHeldOutHalf()
    {
        // The derived EU corpus carries the Russian, Greek and Bulgarian spellings the bundled excerpt of the EU list lacks.
        var deck = EvaluationDeck.Build(ListedData.Derived, new DeckOptions());
        var report = EvaluationRunner.Run(deck, 0.80, TimeProvider.System, TestContext.Current.CancellationToken);
        Write(report);

        var crossScript = DeckCategories.All.Where(static c => c.Withheld).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var pairs = report.Categories.Where(c => crossScript.Contains(c.Category)).ToList();
        var found = new Proportion(pairs.Sum(static c => c.HeldOut.Count), pairs.Sum(static c => c.HeldOut.Total));
        TestContext.Current.TestOutputHelper?.WriteLine(Text($"cross-script recall {found.Rate:0.000} of {found.Total} at 0.80"));
        Assert.True(found.Total >= 400, $"{found.Total} cross-script queries held out");
        Assert.True(found.Rate >= CrossScriptFloor, $"cross-script recall {found.Rate:0.000} at 0.80");
    }

    private static void Write(EvaluationReport report)
    {
        var output = TestContext.Current.TestOutputHelper;
        foreach (var c in report.Categories)
        {
            var (p, measure) = (c.HeldOut, c.Positive ? "recall" : "false alerts");
            output?.WriteLine(Text($"| {c.Category} | {measure} | {p.Total} | {p.Rate:0.000} | {p.Low:0.000}–{p.High:0.000} |"));
        }

        var (recall, alerts) = (report.Recall, report.FalseAlerts);
        output?.WriteLine(Text($"threshold {report.Threshold:0.00} (met: {report.ThresholdMeetsTarget}); held out: "));
        output?.WriteLine(Text($"  recall {recall.Rate:0.000} [{recall.Low:0.000}–{recall.High:0.000}] of {recall.Total}"));
        output?.WriteLine(Text($"  false alerts {alerts.Rate:0.000} [{alerts.Low:0.000}–{alerts.High:0.000}] of {alerts.Total}"));
        output?.WriteLine(Text($"  {report.ThresholdDependentOutcomes} threshold-dependent outcomes"));
        foreach (var p in report.Sweep.Where(static p => Math.Round(p.Threshold * 100) % 2 == 0 && p.Threshold >= 0.7))
        {
            var tuning = Text($"{p.TuningRecall:0.000} | {p.TuningFalseAlerts:0.000}");
            var heldOut = Text($"{p.HeldOutRecall:0.000} | {p.HeldOutFalseAlerts:0.000}");
            output?.WriteLine(Text($"| {p.Threshold:0.00} | {tuning} | {heldOut} |"));
        }

        foreach (var c in report.Categories)
        {
            foreach (var m in c.Misses)
            {
                output?.WriteLine(Text($"MISS {c.Category} {m.Score:0.00} '{m.Query}' <- {m.ExpectedId} '{m.Source}' best {m.BestHit}"));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
