using System.Numerics;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// The best score a name can reach given which query tokens reached it, so that only names that can pass the threshold are
/// scored. A token reached through its own key pairs with a listed token of the same document frequency, so it weighs no
/// more than its frequency factor; one reached through a spelling variant weighs at most that variant's factor (summed in
/// the variant reach); an initial is never looked up and counts as reached. Unreached tokens stay unmatched, and the listed
/// side can only lower the score further, so the query coverage alone bounds it.
/// </summary>
internal readonly struct CandidateBound
{
    private readonly float[] exact;
    private readonly float[] missed;
    private readonly float alwaysReached;
    private readonly float totalMissed;
    private readonly double minRatio;

    public CandidateBound(QueryFacts facts, double floor)
    {
        var tokens = facts.Name.Tokens;
        var count = Math.Min(tokens.Length, 31);
        exact = new float[count];
        missed = new float[count];
        for (var i = 0; i < count; i++)
        {
            var weight = facts.Weights[i];
            if (tokens[i].Role == TokenRole.Initial)
            {
                alwaysReached += tokens[i].RoleWeight;
                continue;
            }

            exact[i] = weight / tokens[i].RoleWeight;
            missed[i] = tokens[i].Role == TokenRole.Generic ? Math.Max(weight, 0.7f) : weight;
            totalMissed += missed[i];
        }

        // score <= (reached / (reached + missed)) ^ QueryExponent, compared without a power per name.
        minRatio = Math.Pow(Math.Max(0, floor - 0.01), 1 / NameScorer.QueryExponent);
    }

    public bool MayReach(ulong mask, float variantReach)
    {
        if ((mask & QueryScratch.Whole) != 0)
        {
            return true;
        }

        var reached = alwaysReached + variantReach;
        var missing = totalMissed;
        var bits = (uint)mask | (uint)(mask >> 32);
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

        return reached > 0 && reached >= minRatio * (reached + Math.Max(0, missing));
    }
}
