namespace Snapback.Screening.Screen;

/// <summary>The result for one party: its hits, or an error saying what was wrong with the input.</summary>
public sealed record PartyResult(string? Id, IReadOnlyList<PartyHit> Hits, string? Error = null)
{
    /// <summary>The list snapshots, threshold and matcher the result was computed against; null when the input failed.</summary>
    public ScreeningBasis? Basis { get; init; }

    public static PartyResult Failed(string? id, string error) => new(id, [], error);
}
