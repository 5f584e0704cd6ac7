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
            var total = 0f;
            foreach (var w in facts.Weights)
            {
                total += w;
            }

            foreach (var n in scratch.Touched)
            {
                if (Bound(scratch.Masks[n], facts.Weights, total) >= ranker.NameFloor)
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

    // The best score a name can reach given which query tokens reached it: the unreached ones stay unmatched.
    private static double Bound(uint mask, float[] weights, float total)
    {
        if ((mask & QueryScratch.Whole) != 0 || total <= 0)
        {
            return 1;
        }

        var reached = 0f;
        for (var i = 0; i < weights.Length && i < 31; i++)
        {
            if ((mask & (1u << i)) != 0)
            {
                reached += weights[i];
            }
        }

        // Slack: a reached token may pair with a listed token that weighs more than the query token.
        return Math.Min(1, Math.Pow(reached / total, 0.65) + 0.1);
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

            var bit = 1u << i;
            foreach (var n in tokens.Exact(t.Key))
            {
                scratch.Mark(n, bit);
            }

            if (t.Role == TokenRole.Number)
            {
                continue;
            }

            tokens.Similar(t.Key, (scratch, bit), static (s, names) =>
            {
                foreach (var n in names)
                {
                    s.scratch.Mark(n, s.bit);
                }
            });
            if (t.Abjad && t.Skeleton.Length >= 2)
            {
                tokens.SameSkeleton(t.Skeleton, (scratch, bit), static (s, names) =>
                {
                    foreach (var n in names)
                    {
                        s.scratch.Mark(n, s.bit);
                    }
                });
            }

            if (i + 1 < q.Length)
            {
                var pair = string.Concat(t.Key, q[i + 1].Key);
                foreach (var n in tokens.Exact(pair))
                {
                    scratch.Mark(n, bit | (bit << 1));
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
