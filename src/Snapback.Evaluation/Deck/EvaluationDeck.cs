using System.Collections.Immutable;
using Snapback.Evaluation.Names;
using Snapback.Lists.Model;

namespace Snapback.Evaluation.Deck;

/// <summary>
/// The queries of an evaluation and the lists they are screened against: every entity as listed, and the same entities
/// with the non-Latin names of those behind a cross-script query taken out, so that such a query can only be found
/// through the Latin names.
/// </summary>
/// <param name="Seed">The seed the deck was made from.</param>
/// <param name="Cases">Every query, category by category.</param>
/// <param name="Entities">The listed entities, as listed.</param>
/// <param name="WithheldEntities">The listed entities, with the non-Latin names of the cross-script queries' entities taken out.</param>
public sealed record EvaluationDeck(
    int Seed,
    ImmutableArray<EvaluationCase> Cases,
    ImmutableArray<ListedEntity> Entities,
    ImmutableArray<ListedEntity> WithheldEntities)
{
    /// <summary>Makes the deck for <paramref name="entities"/>; the same entities and options always give the same deck.</summary>
    public static EvaluationDeck Build(IEnumerable<ListedEntity> entities, DeckOptions options)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PerCategory, 2);
        // Ids repeat across lists (an OFAC entry on the SDN and the non-SDN list), so the list and the name break ties: the
        // same entities in any order give the same deck.
        ImmutableArray<ListedEntity> sorted =
        [
            .. entities.Where(static e => !e.Names.IsDefaultOrEmpty)
                .OrderBy(static e => e.Id, StringComparer.Ordinal)
                .ThenBy(static e => e.Source, StringComparer.Ordinal)
                .ThenBy(static e => e.PrimaryName, StringComparer.Ordinal),
        ];
        var cases = new DeckBuilder(sorted, options).Build();
        var crossScript = DeckCategories.All.Where(static c => c.Withheld).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var withheldIds = cases.Where(c => crossScript.Contains(c.Category)).Select(static c => c.ExpectedId!)
            .ToHashSet(StringComparer.Ordinal);
        ImmutableArray<ListedEntity> withheld =
        [
            .. sorted.Select(e => withheldIds.Contains(e.Id)
                ? e with { Names = [.. e.Names.Where(static n => Scripts.Of(n.Full) == Script.Latin)] }
                : e),
        ];
        return new EvaluationDeck(options.Seed, cases, sorted, withheld);
    }
}
