using Snapback.Screening.Screen;

namespace Snapback.Screening.Scan;

/// <summary>The mentions found in one text, in text order, or an error saying what was wrong with the input.</summary>
public sealed record ScanResult(string? Id, IReadOnlyList<ScanMention> Mentions, string? Error = null)
{
    /// <summary>The list snapshots, threshold and matcher the result was computed against; null when the input failed.</summary>
    public ScreeningBasis? Basis { get; init; }

    public static ScanResult Failed(string? id, string error) => new(id, [], error);
}
