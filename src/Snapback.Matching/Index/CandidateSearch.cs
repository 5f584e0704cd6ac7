using System.Collections.Concurrent;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// Finds every listed name that can score at least a floor against a query, and no more than it must: the index's half of the
/// promise that a screen returns exactly what <see cref="BruteForceMatcher"/> returns.
/// <para>
/// Every pairing the scorer can make is found: each query token's listed partners (<see cref="TokenVocabulary.FindPairs"/>),
/// listed tokens run together (<see cref="MergeTable"/>) and query tokens run together (<see cref="TokenVocabulary.WithKeys"/>),
/// compact forms (<see cref="CompactIndex"/>); query initials pair with anything and are counted as reaching every name.
/// A name's score is then bounded from what reaches it. With m the matched weight (similarity × listed weight summed over the
/// pairs, at most the sum over reaching query tokens of their best contribution A), the query coverage is at most A/(A+Uq),
/// Uq the unmatched weight of the query tokens that reach nothing in the name, and the listed coverage at most A/(A+Ul), Ul the
/// unmatched weight of the listed tokens nothing reaches (less the heaviest ones the query's initials could take); the score is
/// at most their product raised to the scorer's exponents, since its other factors are at most 1.
/// </para>
/// <para>
/// Pairings whose contributions together cannot lift a name to the floor on their own (lightest first, each query token
/// counting its best pairing taken, every other token unmatched) are not essential: their postings only add to names an
/// essential pairing reached, so common tokens ("Mohammed") and a token's weaker pairings (a distinctive family name's
/// one-letter neighbours) do not make thousands of candidates.
/// </para>
/// </summary>
internal sealed class CandidateSearch(NameCatalog catalog, TokenVocabulary vocabulary, MergeTable merges, CompactIndex compacts)
{
    // Pairing an initial weighs 0.3 of the listed token at a similarity of at most 0.9.
    private const float InitialReach = 0.3f * 0.9f;

    // Rounding: the scorer works in float, the bound in double.
    private const double Slack = 1e-3;

    // Per listed name, its whole unmatched weight (NameScorer.UnmatchedListedWeights summed).
    private readonly float[] unpairedTotal = [.. catalog.Names.Select(static n => n.UnmatchedWeights.Sum())];

    // Query tokens repeat across screens (given names, common family names): their pairings are kept, up to this many tokens.
    // A file of 200,000 perturbed names holds about 160,000 distinct tokens; a cache of 50,000 was emptied so often that it
    // missed 38% of the tokens screened, against 24% here; the peak memory of such a run stayed within its run-to-run spread.
    private const int CachedTokens = 200_000;

    // Sized for the whole cache up front: a growing ConcurrentDictionary takes every lock of the dictionary to resize. A full
    // cache is replaced by an empty one rather than cleared, which would also take every lock while screens on other cores
    // wait; they finish with the cache they hold.
    private ConcurrentDictionary<(string Text, string Key, TokenRole Role, bool Abjad, string? Written), TokenPair[]> pairCache = NewPairCache();

    // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary, and screens on all cores would queue on it.
    private int pairCacheCount;

    /// <summary>The listed tokens and their lookups this search pairs query tokens with.</summary>
    public TokenVocabulary Vocabulary => vocabulary;

    /// <summary>Offers <paramref name="offer"/> every name that can score at least <paramref name="floor"/>.</summary>
    public void Collect(QueryFacts facts, double floor, CandidateScratch scratch, Action<int> offer)
    {
        var q = facts.Name.Tokens;
        compacts.Find(facts.Name, scratch.Vocabulary, scratch, static (s, n) => s.Touch(n, CandidateScratch.Whole));
        if (q.Length == 0 || q.Length > 32)
        {
            // The scorer gives a query of more than 32 tokens no token score: only compact forms can match.
            OfferWhole(scratch, offer);
            return;
        }

        Span<float> joined = stackalloc float[q.Length];
        Span<float> byInitial = stackalloc float[q.Length];
        Span<float> unmatched = stackalloc float[q.Length];
        Span<float> leastRest = stackalloc float[q.Length];
        var initials = 0;
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Role == TokenRole.Initial)
            {
                initials++;
                continue;
            }

            unmatched[i] = NameScorer.UnmatchedWeight(q[i], facts.Weights[i]);
            (joined[i], byInitial[i]) = FindPairings(facts, i, scratch);

            // Paired with a listed initial, a token still counts 0.7 of its weight as unmatched (NameScorer.Score).
            leastRest[i] = byInitial[i] > 0 ? Math.Min(unmatched[i], 0.7f * facts.Weights[i]) : unmatched[i];
        }

        // Essential pairings make the candidates: each touches the names it reaches and contributes to them in the same pass
        // over its postings. Pairings with listed initials make no candidate, so they are offered once every candidate is
        // touched, and so are the pairings that are not essential. A token whose contributions come in two passes adds the
        // best of each to a name's reach: a bound a little looser, never lower.
        var cutoff = Cutoff(q, joined, byInitial, leastRest, initials, floor, scratch);
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Role != TokenRole.Initial)
            {
                Contribute(q, i, joined[i], cutoff, touching: true, scratch);
                scratch.EndToken(i);
            }
        }

        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Role != TokenRole.Initial)
            {
                Contribute(q, i, joined[i], cutoff, touching: false, scratch);
                scratch.EndToken(i);
            }
        }

        var totalUnmatched = 0f;
        foreach (var u in unmatched)
        {
            totalUnmatched += u;
        }

        var initialReach = initials * InitialReach;

        // The bound is at most either coverage raised to its exponent (the other is at most 1): a name whose query or listed
        // coverage alone keeps it below the floor is passed over without the powers.
        var least = floor - Slack;
        var leastQuery = least > 0 ? Math.Pow(least, 1 / NameScorer.QueryExponent) : 0;
        var leastListed = least > 0 ? Math.Pow(least, 1 / NameScorer.ListedExponent) : 0;
        foreach (var n in scratch.Touched)
        {
            ref var state = ref scratch.States[n];
            var flags = state.Flags;
            if ((flags & CandidateScratch.Whole) != 0)
            {
                offer(n);
                continue;
            }

            if ((flags & CandidateScratch.Distinctive) == 0)
            {
                continue;
            }

            var reach = state.Reach + initialReach;
            var queryRest = totalUnmatched;
            var reached = state.QueryReached;
            for (var i = 0; i < q.Length; i++)
            {
                queryRest -= (reached & (1u << i)) != 0 ? unmatched[i] : 0;
            }

            var listedRest = unpairedTotal[n] - state.ReachedUnpaired;
            if (initials > 0)
            {
                var prefix = catalog.Names[n].UnmatchedPrefix;
                listedRest -= prefix[Math.Min(initials, prefix.Length - 1)];
            }

            if (reach <= 0 || reach < leastQuery * (reach + Math.Max(0, queryRest)) || reach < leastListed * (reach + Math.Max(0, listedRest)))
            {
                continue;
            }

            if (Bound(reach, queryRest, listedRest) >= least)
            {
                offer(n);
            }
        }
    }

    private static void OfferWhole(CandidateScratch scratch, Action<int> offer)
    {
        foreach (var n in scratch.Touched)
        {
            offer(n);
        }
    }

    private static double Bound(double reach, double queryRest, double listedRest)
    {
        if (reach <= 0)
        {
            return 0;
        }

        var query = reach / (reach + Math.Max(0, queryRest));
        var listed = reach / (reach + Math.Max(0, listedRest));
        return Math.Pow(query, NameScorer.QueryExponent) * Math.Pow(listed, NameScorer.ListedExponent);
    }

    /// <summary>
    /// Finds query token <paramref name="i"/>'s pairings, merges and joins; returns the most it can contribute to any name
    /// through a merge or a join, and the most by pairing with a listed initial.
    /// </summary>
    private (float Joined, float ByInitial) FindPairings(QueryFacts facts, int i, CandidateScratch scratch)
    {
        var q = facts.Name.Tokens;
        var most = 0f;
        var byInitial = 0f;
        var pairs = scratch.Pairs[i];
        var identity = (q[i].Text, q[i].Key, q[i].Role, q[i].Abjad, q[i].Abjad ? q[i].Written : null);
        var cache = Volatile.Read(ref pairCache);
        if (cache.TryGetValue(identity, out var cached))
        {
            pairs.AddRange(cached);
        }
        else
        {
            vocabulary.FindPairs(q[i], scratch.Vocabulary, pairs);
            if (Interlocked.Increment(ref pairCacheCount) > CachedTokens
                && Interlocked.CompareExchange(ref pairCache, NewPairCache(), cache) == cache)
            {
                Interlocked.Exchange(ref pairCacheCount, 0);
            }

            cache.TryAdd(identity, [.. pairs]);
        }

        foreach (var p in pairs)
        {
            if (p.ByInitial)
            {
                byInitial = Math.Max(byInitial, MostContribution(p));
            }
        }

        var merged = scratch.Merges[i];
        merges.Find(catalog, q[i], merged, static (list, n, j, k) => list.Add((n, j, k)));
        foreach (var (n, j, k) in merged)
        {
            var w = catalog.Names[n].Weights;
            most = Math.Max(most, 0.95f * (w[j] + w[k]));
        }

        for (var k = 0; k < q.Length; k++)
        {
            if (k == i)
            {
                continue;
            }

            // Query tokens i and k written together as one listed token, either way round; recorded on both tokens.
            foreach (var (first, second) in (ReadOnlySpan<(int, int)>)[(i, k), (k, i)])
            {
                foreach (var token in vocabulary.WithKeys(q[first].Key, q[second].Key))
                {
                    scratch.Joins[i].Add((token, k));
                    most = Math.Max(most, 0.95f * vocabulary.MostWeight[token]);
                }
            }
        }

        // Two abjad query words that a listed Latin token writes as one (NameScorer.IsCompound); recorded on both words.
        foreach (var compound in facts.Name.Compounds)
        {
            if (compound.First != i && compound.Second != i)
            {
                continue;
            }

            var partner = compound.First == i ? compound.Second : compound.First;
            foreach (var skeleton in compound.Skeletons)
            {
                foreach (var token in vocabulary.WithSkeleton(skeleton))
                {
                    if (NameScorer.IsCompound(compound, vocabulary.Tokens[token]))
                    {
                        scratch.Joins[i].Add((token, partner));
                        most = Math.Max(most, 0.95f * vocabulary.MostWeight[token]);
                    }
                }
            }
        }

        return (most, byInitial);
    }

    private static ConcurrentDictionary<(string Text, string Key, TokenRole Role, bool Abjad, string? Written), TokenPair[]> NewPairCache() =>
        new(concurrencyLevel: 4 * Environment.ProcessorCount, capacity: CachedTokens);

    private static float Contribution(TokenPair p) => p.Similarity * (p.ByInitial ? 0.3f : 1f);

    /// <summary>The most a pairing contributes to any name: its contribution at its listed token's heaviest weight.</summary>
    private float MostContribution(TokenPair p) => Contribution(p) * vocabulary.MostWeight[p.Token];

    /// <summary>
    /// Offers query token <paramref name="i"/>'s essential pairings, merges and joins (those contributing at least
    /// <paramref name="cutoff"/>, <see cref="Cutoff"/>), touching the names they reach, or the others, to names already
    /// touched. Pairings with listed initials are never essential.
    /// </summary>
    private void Contribute(NameToken[] q, int i, float joined, float cutoff, bool touching, CandidateScratch scratch)
    {
        var distinctive = q[i].Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number;
        scratch.Deferred.Begin(vocabulary.Tokens.Length);
        foreach (var p in scratch.Pairs[i])
        {
            if ((!p.ByInitial && MostContribution(p) >= cutoff) != touching)
            {
                continue;
            }

            OfferPostings(p.Token, Contribution(p), distinctive && !p.ByInitial, touching, scratch);
        }

        if ((joined >= cutoff) == touching)
        {
            foreach (var (n, j, k) in scratch.Merges[i])
            {
                if (touching)
                {
                    scratch.Touch(n, 0);
                }

                var name = catalog.Names[n];
                var contribution = 0.95f * (name.Weights[j] + name.Weights[k]);
                scratch.Offer(n, contribution, j, name.UnmatchedWeights[j], distinctive);
                scratch.Offer(n, contribution, k, name.UnmatchedWeights[k], distinctive);
            }

            foreach (var (token, partner) in scratch.Joins[i])
            {
                var either = distinctive || q[partner].Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number;
                OfferPostings(token, 0.95f, either, touching, scratch);
            }
        }

        if (scratch.Deferred.Count > 0)
        {
            OfferDeferred(scratch);
        }
    }

    private void OfferPostings(int token, float factor, bool distinctive, bool touch, CandidateScratch scratch)
    {
        var postings = vocabulary.Postings[token];
        if (!touch && postings.Length > 2 * scratch.Touched.Count && scratch.Deferred.Add(token, factor, distinctive))
        {
            return;
        }

        foreach (ref readonly var posting in postings.AsSpan())
        {
            if (touch)
            {
                scratch.TouchAndOffer(posting.Name, factor * posting.Weight, posting.Position, posting.Unpaired, distinctive);
            }
            else
            {
                scratch.Offer(posting.Name, factor * posting.Weight, posting.Position, posting.Unpaired, distinctive);
            }
        }
    }

    /// <summary>
    /// What <see cref="OfferPostings"/> would offer without touching for the listed tokens it deferred, read from the names
    /// already touched, in one pass for all of them: a common token, its neighbours or a listed initial are held by thousands
    /// of names, of which a screen has touched a few hundred.
    /// </summary>
    private void OfferDeferred(CandidateScratch scratch)
    {
        var deferred = scratch.Deferred;
        var mask = deferred.Mask;
        var nameMasks = vocabulary.NameTokenMasks;
        foreach (var n in scratch.Touched)
        {
            // Most touched names hold none of the few tokens deferred: told by one word per name.
            if ((nameMasks[n] & mask) == 0)
            {
                continue;
            }

            var held = vocabulary.NameTokens[n];
            for (var j = 0; j < held.Length; j++)
            {
                if (deferred.TryGet(held[j], out var factor, out var distinctive))
                {
                    var name = catalog.Names[n];
                    scratch.Offer(n, factor * name.Weights[j], j, name.UnmatchedWeights[j], distinctive);
                }
            }
        }
    }

    /// <summary>
    /// The least contribution of a pairing (or a token's merges and joins) that makes candidates. Taking the pairings lightest
    /// first, as long as a name reached by them alone could not reach the floor, they are not essential. Such a name may also
    /// be reached by the query's initials and by any token's pairing with a listed initial, so those count as reaching it; a
    /// token counts the most of its pairings taken so far, since it pairs with one listed token; a token none of whose
    /// pairings is taken is unmatched, or paired with a listed initial and then still counts most of its weight
    /// (<paramref name="leastRest"/>). A token without pairings is taken first, as if it could be matched.
    /// </summary>
    private float Cutoff(NameToken[] q, ReadOnlySpan<float> joined, ReadOnlySpan<float> byInitial, ReadOnlySpan<float> leastRest, int initials, double floor, CandidateScratch scratch)
    {
        var units = scratch.Contributions;
        units.Clear();
        var rest = 0f;
        var reach = (double)(initials * InitialReach);
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Role == TokenRole.Initial)
            {
                continue;
            }

            rest += leastRest[i];
            reach += byInitial[i];
            var paired = joined[i] > 0;
            if (paired)
            {
                units.Add((joined[i], i));
            }

            foreach (var p in scratch.Pairs[i])
            {
                if (!p.ByInitial)
                {
                    units.Add((MostContribution(p), i));
                    paired = true;
                }
            }

            if (!paired)
            {
                units.Add((0, i));
            }
        }

        units.Sort(static (a, b) => a.Contribution.CompareTo(b.Contribution));
        Span<float> taken = stackalloc float[q.Length];
        Span<bool> counted = stackalloc bool[q.Length];
        foreach (var (contribution, i) in units)
        {
            if (!counted[i])
            {
                counted[i] = true;
                rest -= leastRest[i];
            }

            reach += contribution - taken[i];
            taken[i] = contribution;
            if (Bound(reach, rest, 0) >= floor - Slack)
            {
                return contribution;
            }
        }

        return float.PositiveInfinity;
    }
}
