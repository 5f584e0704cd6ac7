using System.Collections.Immutable;

namespace Snapback.Matching.Evaluation;

/// <summary>
/// Screens every case once and keeps, per case, the score of the expected entity (positives) or the best score of any
/// entity (negatives); reports at any threshold then follow without screening again.
/// </summary>
public sealed class EvaluationRunner
{
    private const double Floor = 0.5;
    private readonly IReadOnlyList<EvaluationCase> cases;
    private readonly double[] scores;

    private EvaluationRunner(IReadOnlyList<EvaluationCase> cases, double[] scores)
    {
        this.cases = cases;
        this.scores = scores;
    }

    public static EvaluationRunner Run(MatchIndex index, IReadOnlyList<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(cases);
        var options = MatchOptions.Default with { Threshold = Floor, MaxHits = 10 };
        var scores = new double[cases.Count];
        Parallel.For(0, cases.Count, i =>
        {
            var c = cases[i];
            var hits = index.Screen(c.Query, options);
            scores[i] = c.ExpectedId is null
                ? hits.Count > 0 ? hits[0].Score : 0
                : hits.FirstOrDefault(h => string.Equals(h.Entity.Id, c.ExpectedId, StringComparison.Ordinal))?.Score ?? 0;
        });
        return new EvaluationRunner(cases, scores);
    }

    /// <summary>The score each case got (expected entity for positives, best hit for negatives; 0 when below 0.5).</summary>
    public IReadOnlyList<(EvaluationCase Case, double Score)> Scores => [.. cases.Select((c, i) => (c, scores[i]))];

    public EvaluationReport At(double threshold)
    {
        var categories = cases.Select((c, i) => (c, s: scores[i]))
            .GroupBy(static p => (p.c.Category, p.c.IsPositive))
            .Select(g =>
            {
                var withHit = g.Count(p => p.s >= threshold && p.s > 0);
                return new CategoryResult(g.Key.Category, g.Key.IsPositive, g.Count(), withHit, (double)withHit / g.Count());
            })
            .ToImmutableArray();
        var positives = categories.Where(static c => c.Positive).ToArray();
        var negatives = categories.Where(static c => !c.Positive).ToArray();
        var positiveCount = positives.Sum(static c => c.Cases);
        var negativeCount = negatives.Sum(static c => c.Cases);
        return new EvaluationReport(
            threshold,
            categories,
            positiveCount == 0 ? 0 : (double)positives.Sum(static c => c.WithHit) / positiveCount,
            negativeCount == 0 ? 0 : (double)negatives.Sum(static c => c.WithHit) / negativeCount,
            positiveCount,
            negativeCount);
    }

    /// <summary>Reports from 0.50 to 0.99 in steps of 0.01... or the given thresholds.</summary>
    public IReadOnlyList<EvaluationReport> Sweep(IEnumerable<double>? thresholds = null) =>
        [.. (thresholds ?? Enumerable.Range(50, 50).Select(static t => t / 100.0)).Select(At)];
}
