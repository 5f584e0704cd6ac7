using Snapback.Matching;
using Snapback.Matching.Text;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Scan;

/// <summary>
/// Finds mentions of listed parties in free text against the lists in force, with the same index, scorer and threshold as a
/// name screen. Bad input gives a result with an error, never an exception.
/// </summary>
public sealed class TextScanner(ScreeningService screening)
{
    /// <summary>The longest text accepted, in UTF-16 characters (about a megabyte of prose).</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>The most entities reported for one mention (the same person is often on several lists).</summary>
    public const int MaxHitsPerMention = 10;

    /// <summary>Null when <paramref name="text"/> can be scanned; else the error naming the field.</summary>
    public static string? TextError(string? text) =>
        text is null ? "text: required"
        : text.Length > MaxTextLength ? $"text: longer than {MaxTextLength} characters"
        : null;

    /// <summary>Scans one text.</summary>
    /// <param name="threshold">Lowest score reported; null for the matcher's documented default.</param>
    public ScanResult Scan(ScanRequest request, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lists = screening.Current ?? throw new InvalidOperationException("No lists are loaded yet: import lists first (snapback lists import).");
        if (ScreeningService.ThresholdError(threshold) is { } thresholdError)
        {
            return ScanResult.Failed(request.Id, thresholdError);
        }

        if (TextError(request.Text) is { } textError)
        {
            return ScanResult.Failed(request.Id, textError);
        }

        var options = MatchOptions.Default with { Threshold = threshold ?? MatchOptions.Default.Threshold, MaxHits = MaxHitsPerMention };
        var mentions = MentionFinder.For(lists.Index).Find(request.Text!, options);
        return new ScanResult(request.Id, [.. mentions.Select(ScanMention.From)]) { Basis = lists.Basis(options.Threshold) };
    }
}
