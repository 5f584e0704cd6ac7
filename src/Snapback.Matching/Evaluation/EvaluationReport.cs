using System.Collections.Immutable;

namespace Snapback.Matching.Evaluation;

/// <summary>Recall per category and overall, and the false-alert rate (share of negatives with any hit), at one threshold.</summary>
public sealed record EvaluationReport(double Threshold, ImmutableArray<CategoryResult> Categories, double Recall, double FalseAlertRate, int Positives, int Negatives);
