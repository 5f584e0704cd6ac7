using System.Collections.Immutable;

namespace Snapback.Evaluation.Running;

/// <summary>
/// The outcome of an evaluation: the threshold chosen on the tuning half (the lowest with false alerts at or under the
/// target), and recall and false alerts per category on the held-out half screened at that threshold.
/// </summary>
/// <param name="Seed">The deck's seed.</param>
/// <param name="Entities">Listed entities screened against.</param>
/// <param name="Queries">Queries in the deck, both halves.</param>
/// <param name="FalseAlertTarget">The highest false-alert rate the threshold may give on the tuning half.</param>
/// <param name="Threshold">The chosen threshold.</param>
/// <param name="ThresholdMeetsTarget">False when no threshold up to 1.00 brings the tuning half's false alerts to the target.</param>
/// <param name="ReportedAt">The threshold the figures below are at: the chosen one, unless another was asked for.</param>
/// <param name="Recall">All held-out positives.</param>
/// <param name="FalseAlerts">All held-out negatives.</param>
/// <param name="TuningRecall">All tuning positives.</param>
/// <param name="TuningFalseAlerts">All tuning negatives.</param>
/// <param name="ThresholdDependentOutcomes">
/// Held-out queries whose outcome at <paramref name="ReportedAt"/> differs between a screen at that threshold and a screen at
/// 0.50 cut there: a screen must not lose a hit because it was asked for fewer.
/// </param>
/// <param name="Categories">Per category, in deck order, at <paramref name="ReportedAt"/>.</param>
/// <param name="Sweep">Both halves from 0.50 to 1.00 in steps of 0.01, from the screen at 0.50.</param>
public sealed record EvaluationReport(
    int Seed,
    int Entities,
    int Queries,
    double FalseAlertTarget,
    double Threshold,
    bool ThresholdMeetsTarget,
    double ReportedAt,
    Proportion Recall,
    Proportion FalseAlerts,
    Proportion TuningRecall,
    Proportion TuningFalseAlerts,
    int ThresholdDependentOutcomes,
    ImmutableArray<CategoryResult> Categories,
    ImmutableArray<SweepPoint> Sweep);
