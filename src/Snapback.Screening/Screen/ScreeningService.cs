using Snapback.Matching;

namespace Snapback.Screening.Screen;

/// <summary>
/// Screens parties against the lists in force. The loaded lists are replaced as a whole by <see cref="Swap"/>: a screen that started
/// on the old index finishes on it, the next one sees the new one, and no request is dropped.
/// </summary>
public sealed class ScreeningService
{
    private LoadedLists? current;

    /// <summary>The lists screens run against now, or null before the first load.</summary>
    public LoadedLists? Current => Volatile.Read(ref current);

    /// <summary>True once lists are loaded.</summary>
    public bool IsReady => Current is not null;

    /// <summary>Puts freshly loaded lists in force atomically.</summary>
    public void Swap(LoadedLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Volatile.Write(ref current, lists);
    }

    /// <summary>
    /// Null when <paramref name="threshold"/> is absent or a number from 0 to 1; else the error naming it. NaN and infinities are
    /// refused: a NaN threshold compares false with every score and would report no hit at all.
    /// </summary>
    public static string? ThresholdError(double? threshold) =>
        threshold is not { } value || (value >= 0 && value <= 1) ? null : "threshold: must be a number from 0 to 1";

    /// <summary>Screens one party. Bad input gives a result with an error naming the field, never an exception.</summary>
    /// <param name="threshold">Lowest score reported; null for the matcher's documented default.</param>
    public PartyResult Screen(PartyRequest request, double? threshold = null, int? maxHits = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lists = Current ?? throw new InvalidOperationException("No lists are loaded yet: import lists first (snapback lists import).");
        if (ThresholdError(threshold) is { } thresholdError)
        {
            return PartyResult.Failed(request.Id, thresholdError);
        }

        var query = PartyParser.TryParse(request, out var error);
        if (query is null)
        {
            return PartyResult.Failed(request.Id, error!);
        }

        var options = MatchOptions.Default with
        {
            Threshold = threshold ?? MatchOptions.Default.Threshold,
            MaxHits = maxHits ?? MatchOptions.Default.MaxHits,
        };
        var hits = lists.Index.Screen(query, options);
        var result = new PartyHit[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            result[i] = PartyHit.From(hits[i]);
        }

        return new PartyResult(request.Id, result) { Basis = lists.Basis(options.Threshold) };
    }
}
