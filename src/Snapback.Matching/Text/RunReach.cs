using System.Numerics;

namespace Snapback.Matching.Text;

/// <summary>
/// Which words of a run of name-like words reach which listed names, for the names a distinctive word (a seed) reaches. A span
/// of two or more words is screened only when some such name is reached by a seed in it, by its first and its last word (a span
/// with an unmatched word at its edge scores below the span without it), and by two of its words, unless that name has a single
/// token of weight (one matched token in a longer span leaves too much unmatched). Initials and legal-form words reach every name.
/// </summary>
internal sealed class RunReach
{
    private const int MaxWords = 64;

    // Seeds whose tokens are held by more names than this are too common to enumerate: their spans are always screened.
    private const int MaxNames = 4_000;

    private readonly WordLookup lookup;
    private readonly int start;
    private readonly Dictionary<int, ulong> words = [];
    private readonly ulong everywhere;
    private readonly ulong edges;
    private readonly ulong unknownSeeds;
    private readonly ulong seeds;
    private readonly bool unbounded;

    public RunReach(WordLookup lookup, WordEvidence[] evidence, int start, int end)
    {
        this.lookup = lookup;
        this.start = start;
        unbounded = end - start + 1 > MaxWords;
        if (unbounded)
        {
            return;
        }

        var count = end - start + 1;
        for (var k = 0; k < count; k++)
        {
            var e = evidence[start + k];
            everywhere |= e.Pairs is null ? 1ul << k : 0;
            edges |= e.Pairs is null || e.Legal ? 1ul << k : 0;
            if (!e.Seed || e.Pairs is null)
            {
                continue;
            }

            seeds |= 1ul << k;
            foreach (var token in e.Pairs)
            {
                foreach (var name in lookup.NamesWith(token))
                {
                    words[name] = words.GetValueOrDefault(name) | (1ul << k);
                }
            }

            if (words.Count > MaxNames)
            {
                unknownSeeds |= 1ul << k;
            }
        }

        var names = words.Keys.ToArray();
        for (var k = 0; k < count; k++)
        {
            var e = evidence[start + k];
            if (e.Seed || e.Pairs is not { Length: > 0 } pairs)
            {
                continue;
            }

            foreach (var name in names)
            {
                foreach (var token in lookup.TokensOf(name))
                {
                    if (Array.BinarySearch(pairs, token) >= 0)
                    {
                        words[name] |= 1ul << k;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether words <paramref name="first"/>..<paramref name="last"/> (text word indexes) could match some listed name.</summary>
    public bool Plausible(int first, int last)
    {
        if (unbounded)
        {
            return true;
        }

        var from = first - start;
        var to = last - start;
        var span = (to == MaxWords - 1 ? ulong.MaxValue : (1ul << (to + 1)) - 1) & ~((1ul << from) - 1);
        if ((unknownSeeds & span) != 0)
        {
            return true;
        }

        var ends = (1ul << from) | (1ul << to);
        foreach (var (name, mask) in words)
        {
            var reached = (mask | everywhere) & span;
            if ((mask & seeds & span) != 0
                && ((reached | (edges & span)) & ends) == ends
                && (BitOperations.PopCount(reached) >= 2 || lookup.IsSingle(name)))
            {
                return true;
            }
        }

        return false;
    }
}
