using System.Numerics;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// The best score a name can reach given which query tokens reached it, so that only names that can pass the threshold are
/// scored. A token reached through its own key pairs with a listed token of the same document frequency, so it weighs no
/// more than its frequency factor; one reached through a spelling variant weighs at most that variant's factor (summed in
/// the variant reach); an initial is never looked up and counts as reached. Unreached tokens stay unmatched. On the listed
/// side, each query token that can pair covers at most two listed tokens (a merge), so the listed coverage is bounded by the
/// name's heaviest tokens matched and its lightest left over (<see cref="IndexedName.CoverBounds"/>). A name whose compact
/// form is within spelling distance of the query's can score on that instead, so it is bounded by the query side alone.
/// </summary>
internal readonly struct CandidateBound
{
    private readonly float[] exact;
    private readonly float[] missed;
    private readonly string[] keys;
    private readonly float unlooked;
    private readonly int unlookedPairs;
    private readonly uint loose;
    private readonly float alwaysReached;
    private readonly int alwaysPairs;
    private readonly int compact;
    private readonly int rawCompact;
    private readonly float totalMissed;
    private readonly double minRatio;

    public CandidateBound(QueryFacts facts, double floor)
    {
        var tokens = facts.Name.Tokens;
        var count = Math.Min(tokens.Length, 31);
        exact = new float[count];
        missed = new float[count];
        keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            var weight = facts.Weights[i];
            keys[i] = tokens[i].Key;
            if (tokens[i].Role == TokenRole.Initial)
            {
                alwaysReached += tokens[i].RoleWeight;
                alwaysPairs++;
                continue;
            }

            // Particles are never looked up but can still pair.
            alwaysPairs += tokens[i].Role == TokenRole.Particle ? 1 : 0;
            if (tokens[i].Role == TokenRole.Particle
                || (tokens[i].Role != TokenRole.Number && TokenSimilarity.AllowedEdits(tokens[i].Key.Length) == 0)
                || (tokens[i].Abjad && tokens[i].Skeleton.Length < 2))
            {
                // Can pair without a lookup reaching the name (a particle or a short key by an edit to a longer token, a
                // one-consonant abjad skeleton): on the listed side it may pair with any token, of any weight.
                loose |= 1u << i;
            }

            exact[i] = weight / tokens[i].RoleWeight;
            missed[i] = tokens[i].Role == TokenRole.Generic ? Math.Max(weight, 0.7f) : weight;
            totalMissed += missed[i];
        }

        alwaysPairs += Math.Max(0, tokens.Length - count);
        var particles = 0;
        for (var i = 0; i < count; i++)
        {
            particles += tokens[i].Role == TokenRole.Particle ? 1 : 0;
        }

        // Initials, particles and tokens past the 31st always count as paired; add the other loose tokens.
        var otherLoose = BitOperations.PopCount(loose) - particles;
        unlooked = particles + otherLoose + Math.Max(0, tokens.Length - count);
        unlookedPairs = 2 * (alwaysPairs + otherLoose);
        compact = facts.Name.Compact.Length;
        rawCompact = facts.Name.RawCompact.Length;

        // score <= (reached / (reached + missed)) ^ QueryExponent, compared without a power per name.
        minRatio = Math.Pow(Math.Max(0, floor - 0.01), 1 / NameScorer.QueryExponent);
    }

    public bool MayReach(ulong mask, float variantReach, IndexedName name)
    {
        if ((mask & QueryScratch.Whole) != 0)
        {
            return true;
        }

        var reached = alwaysReached + variantReach;
        var missing = totalMissed;
        var bits = ((uint)mask | (uint)(mask >> 32)) & 0x7FFF_FFFFu;
        var pairs = 2 * (alwaysPairs + BitOperations.PopCount(bits));
        while (bits != 0)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            if (i >= exact.Length)
            {
                continue;
            }

            if ((mask & (1ul << i)) != 0)
            {
                reached += exact[i];
            }

            missing -= missed[i];
        }

        if (reached <= 0)
        {
            return false;
        }

        var threshold = minRatio * (reached + Math.Max(0, missing));
        if (reached < threshold)
        {
            return false;
        }

        var bounds = name.CoverBounds;
        return (reached * bounds[Math.Min(pairs, bounds.Length - 1)] >= threshold && ListedMayReach(mask, reached, threshold, name))
            || CompactMayMatch(name.Parsed);
    }

    /// <summary>
    /// The listed side bounded by what reached the name rather than by its heaviest tokens: the listed tokens paired weigh no
    /// more than the query tokens' reach (plus 1 for each token that can pair without a lookup, and 2 for a token that may merge
    /// two listed tokens), and a reached token pairs with one listed token, two only when its key is two adjacent listed tokens
    /// written together.
    /// Names with initials are left to <see cref="IndexedName.CoverBounds"/>: any query token may pair with an initial.
    /// </summary>
    private bool ListedMayReach(ulong mask, float reached, double threshold, IndexedName name)
    {
        var c = name.Parsed.Tokens;
        if (name.HasInitial)
        {
            return true;
        }

        var listedReach = reached + unlooked;
        var covered = unlookedPairs;
        var bits = ((uint)mask | (uint)(mask >> 32)) & 0x7FFF_FFFFu & ~loose;
        while (bits != 0)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            if (i >= keys.Length || ((mask & (1ul << i)) != 0 && FormsPair(keys[i], c)))
            {
                covered += 2;
                listedReach += 2;
            }
            else
            {
                covered++;
            }
        }

        var prefix = name.UnmatchedPrefix;
        if (covered >= c.Length)
        {
            return true;
        }

        var rest = prefix[^1] - prefix[covered];
        if (rest <= 0)
        {
            return true;
        }

        var cover = listedReach / (listedReach + rest);
        return reached * NameScorer.ListedCoverPower(cover) >= threshold;
    }

    private static bool FormsPair(string key, NameToken[] listed)
    {
        for (var j = 0; j + 1 < listed.Length; j++)
        {
            if (NameScorer.IsConcatenation(key, listed[j].Key, listed[j + 1].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The query tokens whose postings must make names candidates: the others, taken together (lightest first), cannot lift a
    /// name reached only by them past the same query-side bound <see cref="MayReach"/> applies, so their postings only add to
    /// names an essential token reached. Each token's most is its exact factor, its heaviest spelling variant and 2 for an
    /// adjacent pair (which also reaches the next token).
    /// </summary>
    public uint Essential(List<PendingPostings> pending)
    {
        Span<float> most = stackalloc float[32];
        Span<float> variants = stackalloc float[32];
        Span<uint> covers = stackalloc uint[32];
        uint present = 0;
        foreach (var p in pending)
        {
            if (p.Names.Length == 0)
            {
                continue;
            }

            if (p.Token < 0)
            {
                // The whole query (compact form): always essential, see MatchIndex.Retrieve.
                continue;
            }

            if (p.Token >= exact.Length)
            {
                return uint.MaxValue;
            }

            var t = p.Token;
            present |= 1u << t;
            covers[t] |= 1u << t;
            if ((p.Bits & (1ul << t)) != 0)
            {
                most[t] += exact[t];
            }
            else if (BitOperations.PopCount(p.Bits) == 2)
            {
                most[t] += 2;
                covers[t] |= 1u << (t + 1);
            }
            else
            {
                variants[t] = Math.Max(variants[t], p.Factor);
            }
        }

        Span<int> order = stackalloc int[32];
        var count = 0;
        for (var t = 0; t < exact.Length; t++)
        {
            if ((present & (1u << t)) != 0)
            {
                most[t] += variants[t];
                var at = count++;
                while (at > 0 && most[order[at - 1]] > most[t])
                {
                    order[at] = order[at - 1];
                    at--;
                }

                order[at] = t;
            }
        }

        var reached = alwaysReached;
        uint covered = 0;
        var nonEssential = 0u;
        foreach (var t in order[..count])
        {
            reached += most[t];
            covered |= covers[t];
            var missing = totalMissed;
            for (var i = 0; i < exact.Length; i++)
            {
                missing -= (covered & (1u << i)) != 0 ? missed[i] : 0;
            }

            if (reached > 0 && reached >= minRatio * (reached + Math.Max(0, missing)))
            {
                break;
            }

            nonEssential |= 1u << t;
        }

        return ~nonEssential;
    }

    // NameScorer.CompactScore allows one edit per eight letters on the compact forms, only when the lengths are that close.
    private bool CompactMayMatch(ParsedName listed) =>
        Close(compact, listed.Compact.Length) || Close(rawCompact, listed.RawCompact.Length) || Close(compact, listed.RawCompact.Length)
        || Close(rawCompact, listed.Compact.Length);

    private static bool Close(int a, int b) => a >= 6 && b >= 6 && Math.Abs(a - b) <= Math.Max(a, b) / 8;
}
