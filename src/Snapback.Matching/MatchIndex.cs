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
            var bound = new CandidateBound(facts, ranker.NameFloor);
            Retrieve(facts, bound, scratch);
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

    /// <summary>
    /// Looks up every query token (key, spelling variants, skeleton, adjacent pair) and the compact forms, then makes candidates
    /// of the names reached by essential tokens only (<see cref="CandidateBound.Essential"/>) and marks all postings on them,
    /// in lookup order.
    /// </summary>
    private void Retrieve(QueryFacts facts, CandidateBound bound, QueryScratch scratch)
    {
        var pending = scratch.Pending;
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
            pending.Add(new PendingPostings(tokens.Exact(t.Key), bit, 0, i));
            if (t.Role == TokenRole.Number)
            {
                continue;
            }

            tokens.Similar(t.Key, (pending, fuzzy, i), static (s, names, factor) => s.pending.Add(new PendingPostings(names, s.fuzzy, factor, s.i)));
            if (t.Abjad && t.Skeleton.Length >= 2)
            {
                tokens.SameSkeleton(t.Skeleton, (pending, fuzzy, i), static (s, names, factor) => s.pending.Add(new PendingPostings(names, s.fuzzy, factor, s.i)));
            }

            if (i + 1 < q.Length)
            {
                pending.Add(new PendingPostings(tokens.Exact(string.Concat(t.Key, q[i + 1].Key)), fuzzy | (fuzzy << 1), 2f, i));
            }
        }

        foreach (var compact in (ReadOnlySpan<string>)[facts.Name.Compact, facts.Name.RawCompact])
        {
            if (compact.Length >= 6)
            {
                pending.Add(new PendingPostings(tokens.Exact(compact), QueryScratch.Whole, 0, -1));
            }

            // A letter typed for or next to a space ("ZouhairxKHAZIM", "seyyedmm ohammad"): the listed compact form is the query's
            // with one letter deleted, and NameScorer.CompactScore allows one edit per eight letters.
            if (compact.Length is >= 9 and <= 128 && (ReferenceEquals(compact, facts.Name.Compact) || !string.Equals(compact, facts.Name.Compact, StringComparison.Ordinal)))
            {
                tokens.CompactDeletions(compact, pending, static (p, names) => p.Add(new PendingPostings(names, QueryScratch.Whole, 0, -1)));
            }
        }

        if (facts.Name.CompactSkeleton.Length >= 3 && Array.Exists(q, static t => t.Abjad))
        {
            pending.Add(new PendingPostings(tokens.SameCompactSkeleton(facts.Name.CompactSkeleton), QueryScratch.Whole, 0, -1));
        }

        var essential = bound.Essential(pending);
        foreach (var p in pending)
        {
            if (p.Token < 0 || (essential & (1u << p.Token)) != 0)
            {
                foreach (var n in p.Names)
                {
                    scratch.Touch(n);
                }
            }
        }

        foreach (var p in pending)
        {
            foreach (var n in p.Names)
            {
                scratch.MarkCandidate(n, p.Bits, p.Factor);
            }
        }
    }
}
