using Snapback.Lists.Model;
using Snapback.Matching.Index;
using Snapback.Matching.Scoring;

namespace Snapback.Matching;

/// <summary>
/// Screens names against listed entities. Built once from the entities; each screen retrieves the names that can reach the
/// threshold (<see cref="CandidateSearch"/>) and scores only those, with the same hits as scoring every name. Safe for concurrent <see cref="Screen"/> calls.
/// </summary>
public sealed class MatchIndex
{
    private readonly NameCatalog catalog;
    private readonly CandidateSearch search;
    private readonly Dictionary<string, int[]> identifiers;

    private MatchIndex(NameCatalog catalog)
    {
        this.catalog = catalog;
        // The lookups are built from the parsed names alone and independently of one another: side by side, on every core.
        var vocabulary = Task.Run(() => new TokenVocabulary(catalog));
        var merges = Task.Run(() => new MergeTable(catalog));
        var byIdentifier = Task.Run(() => Identifiers(catalog));
        var compacts = new CompactIndex(catalog);
        search = new CandidateSearch(catalog, vocabulary.GetAwaiter().GetResult(), merges.GetAwaiter().GetResult(), compacts);
        identifiers = byIdentifier.GetAwaiter().GetResult();
    }

    // Per normalized identifier, the entities holding it.
    private static Dictionary<string, int[]> Identifiers(NameCatalog catalog) => catalog.Entities
        .SelectMany(static (e, i) => (e.Identifiers.IsDefault ? [] : e.Identifiers)
            .Select(id => (Key: IdentifierKey.Normalize(id.Value), Entity: i)))
        .Where(static p => p.Key is not null)
        .GroupBy(static p => p.Key!, StringComparer.Ordinal)
        .ToDictionary(static g => g.Key, static g => g.Select(static p => p.Entity).Distinct().ToArray(), StringComparer.Ordinal);

    public int EntityCount => catalog.Entities.Length;

    /// <summary>The parsed listed names, for finding mentions in running text with the same tokens and weights.</summary>
    internal NameCatalog Catalog => catalog;

    /// <summary>The listed-token lookups, for finding mentions in running text with the same pairings.</summary>
    internal TokenVocabulary Vocabulary => search.Vocabulary;

    /// <summary>Every indexed entity.</summary>
    public IReadOnlyList<ListedEntity> Entities => catalog.Entities;

    /// <summary>The number of distinct listed names indexed.</summary>
    public int NameCount => catalog.Names.Length;

    public static MatchIndex Build(IEnumerable<ListedEntity> entities) => new(NameCatalog.Build(entities));

    public ListedEntity? Find(string id) => catalog.ById.TryGetValue(id, out var i) ? catalog.Entities[i] : null;

    public IReadOnlyList<MatchHit> Screen(ScreenQuery query, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var facts = new QueryFacts(query, catalog);
        var ranker = new HitRanker(catalog, facts, options);
        var scratch = CandidateScratch.Rent(catalog.Names.Length);
        try
        {
            search.Collect(facts, ranker.NameFloor, scratch, ranker.Offer);
        }
        finally
        {
            scratch.Reset(facts.Name.Tokens.Length);
        }

        foreach (var key in facts.Identifiers)
        {
            if (identifiers.TryGetValue(key, out var entities))
            {
                foreach (var e in entities)
                {
                    ranker.OfferIdentifier(e);
                }
            }
        }

        return ranker.Rank();
    }
}
