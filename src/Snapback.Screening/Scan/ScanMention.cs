using Snapback.Matching;
using Snapback.Matching.Text;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Scan;

/// <summary>A listed party mentioned in a text: where, as written, which entity, how close and why.</summary>
/// <param name="Start">First UTF-16 position of the mention in the text as given.</param>
/// <param name="End">Position just after the mention (exclusive).</param>
/// <param name="Text">The text between <paramref name="Start"/> and <paramref name="End"/>, as written.</param>
/// <param name="EntityId">Source-qualified id of the listed entity.</param>
/// <param name="Score">0–1, rounded to four decimals as the matcher compares it with the threshold.</param>
/// <param name="Name">The listed name that matched.</param>
/// <param name="Kind">person, organization, vessel or aircraft.</param>
/// <param name="Lists">The lists the entity is on, by title.</param>
/// <param name="Programs">Sanctions programmes or regimes.</param>
/// <param name="Explanation">Token by token, why it scored so.</param>
public sealed record ScanMention(
    int Start,
    int End,
    string Text,
    string EntityId,
    double Score,
    string Name,
    string Kind,
    IReadOnlyList<string> Lists,
    IReadOnlyList<string> Programs,
    MatchExplanation Explanation)
{
    /// <summary>The wire form of a mention found by the matcher.</summary>
    public static ScanMention From(TextMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var hit = PartyHit.From(mention.Hit);
        return new(mention.Start, mention.End, mention.Text, hit.EntityId, hit.Score, hit.Name, hit.Kind, hit.Lists, hit.Programs, hit.Explanation);
    }
}
