using System.Numerics;

namespace Snapback.Matching.Names;

/// <summary>
/// One bit per letter (a-z) and one for any digit. One edit changes at most two bits, and the cheapest edit costs
/// <see cref="Scoring.EditDistance.CheapCost"/>, so strings whose masks differ in more bits than that allows cannot be that
/// close: most token pairs are rejected before any edit distance is computed.
/// </summary>
internal static class LetterMask
{
    public static uint Of(string text)
    {
        uint mask = 0;
        foreach (var c in text)
        {
            mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 26;
        }

        return mask;
    }

    public static bool MayBeWithin(uint a, uint b, float edits) =>
        BitOperations.PopCount(a ^ b) <= 2 * (int)((edits / Scoring.EditDistance.CheapCost) + 0.001f);
}
