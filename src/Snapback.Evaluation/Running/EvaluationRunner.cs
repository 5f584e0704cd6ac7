using System.Collections.Immutable;
using Snapback.Evaluation.Deck;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Screen;

namespace Snapback.Evaluation.Running;

/// <summary>
/// Screens a deck through the screening service, as any caller of it would, and reports on it. Every query is screened
/// once at 0.50, which gives its score at every threshold; the threshold is chosen on the tuning half; then the held-out
/// half is screened again at that threshold (or the one asked for), and its outcomes are the ones reported.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>The false-alert rate the threshold is chosen for: at most 1% of names on no list alert.</summary>
    public const double FalseAlertTarget = 0.01;

    private const double Floor = 0.50;
    private const int MissesShown = 5;

    /// <summary>Runs the evaluation; the lists are indexed twice (as listed, and with the cross-script names taken out).</summary>
    /// <param name="reportAt">
    /// A threshold to report the halves at instead of the chosen one (the product's default, say); null to report at the chosen one.
    /// </param>
    public static EvaluationReport Run(EvaluationDeck deck, double? reportAt, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (reportAt is < Floor or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(reportAt), reportAt, "must be between 0.50 and 1");
        }

        var listed = Service(deck.Entities, timeProvider);
        var withheld = Service(deck.WithheldEntities, timeProvider);
        var crossScript = DeckCategories.All.Where(static c => c.Withheld).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var cases = deck.Cases;
        ScreeningService ServiceFor(EvaluationCase c) => crossScript.Contains(c.Category) ? withheld : listed;

        var atFloor = new Screened[cases.Length];
        Parallel.For(0, cases.Length, Options(cancellationToken), i => atFloor[i] = Screen(ServiceFor(cases[i]), cases[i], Floor));

        var sweep = Enumerable.Range(50, 51).Select(t => Point(cases, atFloor, t / 100.0)).ToImmutableArray();
        var chosen = sweep.FirstOrDefault(static p => p.TuningFalseAlerts <= FalseAlertTarget);
        var threshold = chosen?.Threshold ?? 1.0;
        var reported = reportAt ?? threshold;

        var heldOut = Enumerable.Range(0, cases.Length).Where(i => !cases[i].Tuning).ToArray();
        var atThreshold = new Screened[cases.Length];
        Parallel.ForEach(heldOut, Options(cancellationToken), i => atThreshold[i] = Screen(ServiceFor(cases[i]), cases[i], reported));

        WriteTuningMisses(cases, atFloor, reported);
        var categories = DeckCategories.All
            .Select(category => Category(category, cases, atFloor, atThreshold, reported))
            .Where(static c => c.HeldOut.Total + c.Tuning.Total > 0)
            .ToImmutableArray();
        return new EvaluationReport(
            deck.Seed,
            deck.Entities.Length,
            cases.Length,
            FalseAlertTarget,
            threshold,
            chosen is not null,
            reported,
            Sum(categories.Where(static c => c.Positive), static c => c.HeldOut),
            Sum(categories.Where(static c => !c.Positive), static c => c.HeldOut),
            Sum(categories.Where(static c => c.Positive), static c => c.Tuning),
            Sum(categories.Where(static c => !c.Positive), static c => c.Tuning),
            heldOut.Count(i => atThreshold[i].Counts(reported) != atFloor[i].Counts(reported)),
            categories,
            sweep);
    }

    /// <summary>
    /// When SNAPBACK_EVAL_TUNING_MISSES names a file, every tuning-half query that goes wrong at the reported threshold is written
    /// there, one per line (category, query, expected entity, source name, score, best hit), for reading what the matcher misses
    /// without looking at the held-out half.
    /// </summary>
    private static void WriteTuningMisses(ImmutableArray<EvaluationCase> cases, Screened[] atFloor, double threshold)
    {
        var path = Environment.GetEnvironmentVariable("SNAPBACK_EVAL_TUNING_MISSES");
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var lines = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var c = cases[i];
            if (c.Tuning && atFloor[i].Counts(threshold) != c.IsPositive)
            {
                lines.Add(string.Join('\t', c.Category, c.Query, c.ExpectedId ?? "-", c.Source ?? "-",
                    atFloor[i].Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), atFloor[i].BestHit ?? "-"));
            }
        }

        File.WriteAllLines(path, lines);
    }

    private static ScreeningService Service(ImmutableArray<ListedEntity> entities, TimeProvider timeProvider)
    {
        var service = new ScreeningService();
        service.Swap(new LoadedLists(MatchIndex.Build(entities), [], timeProvider.GetUtcNow()));
        return service;
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) => new() { CancellationToken = cancellationToken };

    // The expected entity's score for a positive, the best hit's for a negative; the product's own number of hits.
    private static Screened Screen(ScreeningService service, EvaluationCase c, double threshold)
    {
        var result = service.Screen(new PartyRequest(null, c.Query), threshold);
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"The deck's query '{c.Query}' was refused: {error}");
        }

        var best = result.Hits.Count > 0 ? result.Hits[0] : null;
        var bestHit = best is null ? null : best.EntityId + " " + best.Name;
        if (c.ExpectedId is null)
        {
            return new Screened(best?.Score ?? 0, bestHit);
        }

        var expected = result.Hits.FirstOrDefault(h => string.Equals(h.EntityId, c.ExpectedId, StringComparison.Ordinal));
        return new Screened(expected?.Score ?? 0, bestHit);
    }

    private static SweepPoint Point(ImmutableArray<EvaluationCase> cases, Screened[] scores, double threshold)
    {
        double Rate(bool tuning, bool positive)
        {
            var total = 0;
            var counted = 0;
            for (var i = 0; i < cases.Length; i++)
            {
                if (cases[i].Tuning == tuning && cases[i].IsPositive == positive)
                {
                    total++;
                    counted += scores[i].Counts(threshold) ? 1 : 0;
                }
            }

            return total == 0 ? 0 : (double)counted / total;
        }

        return new SweepPoint(threshold, Rate(true, true), Rate(true, false), Rate(false, true), Rate(false, false));
    }

    private static CategoryResult Category(
        DeckCategory category, ImmutableArray<EvaluationCase> cases, Screened[] atFloor, Screened[] atThreshold, double threshold)
    {
        var tuning = 0;
        var tuningCounted = 0;
        var heldOut = 0;
        var heldOutCounted = 0;
        var misses = ImmutableArray.CreateBuilder<CaseMiss>();
        for (var i = 0; i < cases.Length; i++)
        {
            var c = cases[i];
            if (!string.Equals(c.Category, category.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (c.Tuning)
            {
                tuning++;
                tuningCounted += atFloor[i].Counts(threshold) ? 1 : 0;
                continue;
            }

            heldOut++;
            var counts = atThreshold[i].Counts(threshold);
            heldOutCounted += counts ? 1 : 0;
            if (counts != category.Positive && misses.Count < MissesShown)
            {
                misses.Add(new CaseMiss(c.Query, c.ExpectedId, c.Source, atFloor[i].Score, atFloor[i].BestHit));
            }
        }

        return new CategoryResult(
            category.Name,
            category.Positive,
            category.Description,
            new Proportion(heldOutCounted, heldOut),
            new Proportion(tuningCounted, tuning),
            misses.ToImmutable());
    }

    private static Proportion Sum(IEnumerable<CategoryResult> categories, Func<CategoryResult, Proportion> part)
    {
        var parts = categories.Select(part).ToList();
        return new Proportion(parts.Sum(static p => p.Count), parts.Sum(static p => p.Total));
    }

    // A query's score; it counts (found, or alerted) at a threshold it reaches.
    private readonly record struct Screened(double Score, string? BestHit)
    {
        public bool Counts(double threshold) => Score > 0 && Score >= threshold;
    }
}
