using System.Numerics;

namespace Snapback.Matching.Names;

/// <summary>
/// One bit per letter (a-z) and one for any digit. One edit changes at most two bits, and the cheapest edit costs
/// <see cref="Scoring.EditDistance.CheapCost"/>, so strings whose masks differ in more bits than that allows cannot be that
/// close: most token pairs are rejected before any edit distance is computed. Consonants (and digits) are counted apart as
/// well: only a whole edit (cost 1) changes them, a vowel for a vowel and a swap of neighbours leave them as they are, so two
/// strings within d differ in at most two consonant bits per whole edit d holds.
/// </summary>
internal static class LetterMask
{
    private const uint Vowels = (1u << ('a' - 'a')) | (1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('o' - 'a')) | (1u << ('u' - 'a'));

    public static uint Of(string text)
    {
        uint mask = 0;
        foreach (var c in text)
        {
            mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 26;
        }

        return mask;
    }

    public static bool MayBeWithin(uint a, uint b, float edits)
    {
        var differ = a ^ b;
        return BitOperations.PopCount(differ) <= 2 * (int)((edits / Scoring.EditDistance.CheapCost) + 0.001f)
            && BitOperations.PopCount(differ & ~Vowels) <= 2 * (int)(edits + 0.001f);
    }
}
