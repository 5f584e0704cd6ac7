using Snapback.Lists.Model;
using Snapback.Matching.Index;
using Snapback.Matching.Scoring;

namespace Snapback.Matching;

/// <summary>
/// The same scoring as <see cref="MatchIndex"/> without candidate retrieval: every listed name is scored for every query.
/// The baseline for benchmarks and the oracle for tests of the index.
/// </summary>
public sealed class BruteForceMatcher
{
    private readonly NameCatalog catalog;

    private BruteForceMatcher(NameCatalog catalog) => this.catalog = catalog;

    public static BruteForceMatcher Build(IEnumerable<ListedEntity> entities) => new(NameCatalog.Build(entities));

    public IReadOnlyList<MatchHit> Screen(ScreenQuery query, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var facts = new QueryFacts(query, catalog);
        var ranker = new HitRanker(catalog, facts, options);
        for (var n = 0; n < catalog.Names.Length; n++)
        {
            ranker.Offer(n);
        }

        for (var e = 0; e < catalog.Entities.Length; e++)
        {
            if (facts.Identifiers.Length > 0 && EvidenceScorer.IdentifierMatches(facts, catalog.Entities[e]) is not null)
            {
                ranker.OfferIdentifier(e);
            }
        }

        return ranker.Rank();
    }
}
