using Snapback.Lists.Model;
using Snapback.Matching.Index;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching;

/// <summary>
/// Screens names against listed entities. Built once from the entities; each screen retrieves candidates from an inverted
/// index of token keys and scores only those. Safe for concurrent <see cref="Screen"/> calls.
/// </summary>
public sealed class MatchIndex
{
    private readonly NameCatalog catalog;
    private readonly TokenIndex tokens;
    private readonly Dictionary<string, int[]> identifiers;

    private MatchIndex(NameCatalog catalog)
    {
        this.catalog = catalog;
        tokens = new TokenIndex(catalog);
        identifiers = catalog.Entities
            .SelectMany(static (e, i) => (e.Identifiers.IsDefault ? [] : e.Identifiers).Select(id => (Key: IdentifierKey.Normalize(id.Value), Entity: i)))
            .Where(static p => p.Key is not null)
            .GroupBy(static p => p.Key!, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Select(static p => p.Entity).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public int EntityCount => catalog.Entities.Length;

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
        var scratch = QueryScratch.Rent(catalog.Names.Length);
        try
        {
            Retrieve(facts, scratch);
            var bound = new CandidateBound(facts, ranker.NameFloor);
            foreach (var n in scratch.Touched)
            {
                if (bound.MayReach(scratch.Masks[n], scratch.VariantReach[n], catalog.Names[n]))
                {
                    ranker.Offer(n);
                }
            }
        }
        finally
        {
            scratch.Reset();
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

    private void Retrieve(QueryFacts facts, QueryScratch scratch)
    {
        var q = facts.Name.Tokens;
        for (var i = 0; i < q.Length && i < 31; i++)
        {
            var t = q[i];
            if (t.Role is TokenRole.Particle or TokenRole.Initial)
            {
                continue;
            }

            var bit = 1ul << i;
            var fuzzy = bit << 32;
            foreach (var n in tokens.Exact(t.Key))
            {
                scratch.Mark(n, bit);
            }

            if (t.Role == TokenRole.Number)
            {
                continue;
            }

            tokens.Similar(t.Key, (scratch, fuzzy), static (s, names, factor) =>
            {
                foreach (var n in names)
                {
                    s.scratch.Mark(n, s.fuzzy, factor);
                }
            });
            if (t.Abjad && t.Skeleton.Length >= 2)
            {
                tokens.SameSkeleton(t.Skeleton, (scratch, fuzzy), static (s, names, factor) =>
                {
                    foreach (var n in names)
                    {
                        s.scratch.Mark(n, s.fuzzy, factor);
                    }
                });
            }

            if (i + 1 < q.Length)
            {
                var pair = string.Concat(t.Key, q[i + 1].Key);
                foreach (var n in tokens.Exact(pair))
                {
                    scratch.Mark(n, fuzzy | (fuzzy << 1), 2f);
                }
            }
        }

        foreach (var compact in (ReadOnlySpan<string>)[facts.Name.Compact, facts.Name.RawCompact])
        {
            if (compact.Length >= 6)
            {
                foreach (var n in tokens.Exact(compact))
                {
                    scratch.Mark(n, QueryScratch.Whole);
                }
            }
        }

        if (facts.Name.CompactSkeleton.Length >= 3 && Array.Exists(q, static t => t.Abjad))
        {
            foreach (var n in tokens.SameCompactSkeleton(facts.Name.CompactSkeleton))
            {
                scratch.Mark(n, QueryScratch.Whole);
            }
        }
    }
}
