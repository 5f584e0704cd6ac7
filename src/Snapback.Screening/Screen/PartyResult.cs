namespace Snapback.Screening.Screen;

/// <summary>The result for one party: its hits, or an error saying what was wrong with the input.</summary>
public sealed record PartyResult(string? Id, IReadOnlyList<PartyHit> Hits, string? Error = null)
{
    public static PartyResult Failed(string? id, string error) => new(id, [], error);
}
