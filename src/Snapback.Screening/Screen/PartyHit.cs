using Snapback.Lists;
using Snapback.Matching;

namespace Snapback.Screening.Screen;

/// <summary>One listed entity a party may be, with the listed name that matched and why.</summary>
/// <param name="EntityId">Source-qualified id: <c>ofac:…</c>, <c>un:…</c>, <c>eu:…</c>, <c>uk:…</c>.</param>
/// <param name="Score">0–1, rounded to four decimals as the matcher compares it with the threshold.</param>
/// <param name="Name">The listed name that matched (primary name or alias).</param>
/// <param name="Kind">person, organization, vessel or aircraft.</param>
/// <param name="Lists">The lists the entity is on, by title.</param>
/// <param name="Programs">Sanctions programmes or regimes.</param>
/// <param name="Explanation">Token by token and evidence by evidence, why it scored so.</param>
public sealed record PartyHit(
    string EntityId,
    double Score,
    string Name,
    string Kind,
    IReadOnlyList<string> Lists,
    IReadOnlyList<string> Programs,
    MatchExplanation Explanation)
{
    /// <summary>The wire form of a matcher hit.</summary>
    public static PartyHit From(MatchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new(
            hit.Entity.Id,
            // As the matcher rounds it before comparing it with the threshold: a hit reported at 0.86 was found at 0.86.
            hit.Score,
            hit.MatchedName,
            PartyParser.KindName(hit.Entity.Kind),
            [ListSources.Title(hit.Entity.Source)],
            hit.Entity.Programs,
            hit.Explanation);
    }
}
