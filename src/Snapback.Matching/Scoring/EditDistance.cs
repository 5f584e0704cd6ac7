using System.Runtime.CompilerServices;

namespace Snapback.Matching.Scoring;

/// <summary>
/// Optimal-string-alignment distance where replacing one vowel by another costs <see cref="CheapCost"/> and swapping two
/// neighbours <see cref="SwapCost"/>: both are the commonest ways the same name is mistyped or romanized differently. A swap
/// costs a little more than a vowel change so that three swaps exceed two edits: what the index can retrieve
/// (<see cref="Index.DeletionVariants"/>) is then exactly what the scorer accepts.
/// </summary>
internal static class EditDistance
{
    public const float CheapCost = 0.6f;

    public const float SwapCost = 0.7f;

    /// <summary>The distance, or a value above <paramref name="max"/> as soon as it is certain to exceed it.</summary>
    public static float Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, float max)
    {
        // Cheap exits: shared prefix and suffix cost nothing.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        a = a[..^suffix];
        b = b[..^suffix];
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (max < 2 * CheapCost)
        {
            return OneOperation(a, b, max);
        }

        // Only cells within `band` of the diagonal can stay within max: leaving it takes more insertions or deletions than allowed.
        var band = (int)max;
        var width = b.Length + 1;
        Span<float> rows = width * 3 <= 768 ? stackalloc float[width * 3] : new float[width * 3];
        var prev2 = rows[..width];
        var prev = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            prev[j] = j;
        }

        var prevMin = 0f;
        for (var j = band + 1; j < width; j++)
        {
            prev[j] = float.PositiveInfinity;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var lo = Math.Max(1, i - band);
            var hi = Math.Min(b.Length, i + band);
            current[lo - 1] = lo == 1 ? i : float.PositiveInfinity;
            var rowMin = current[lo - 1];
            for (var j = lo; j <= hi; j++)
            {
                var ca = a[i - 1];
                var cb = b[j - 1];
                var substitution = ca == cb ? 0f : IsVowel(ca) && IsVowel(cb) ? CheapCost : 1f;
                var value = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + substitution);
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb)
                {
                    value = Math.Min(value, prev2[j - 2] + SwapCost);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (hi < b.Length)
            {
                current[hi + 1] = float.PositiveInfinity;
            }

            // A swap reaches back two rows, so stop only when both of the last two rows are over the limit.
            if (rowMin > max && prevMin > max)
            {
                return max + 1;
            }

            prevMin = rowMin;
            var recycled = prev2;
            prev2 = prev;
            prev = current;
            current = recycled;
        }

        return prev[b.Length];
    }

    /// <summary>
    /// The distance of two spellings with no first and no last letter in common, when it allows only one operation: any two cost
    /// at least 2 × <see cref="CheapCost"/>. One operation leaves one letter against one (a change) or two neighbours against
    /// themselves swapped; a letter added or left out leaves one side empty, which the caller has measured.
    /// </summary>
    private static float OneOperation(ReadOnlySpan<char> a, ReadOnlySpan<char> b, float max)
    {
        var cost = (a.Length, b.Length) switch
        {
            (1, 1) => IsVowel(a[0]) && IsVowel(b[0]) ? CheapCost : 1f,
            (2, 2) when a[0] == b[1] && a[1] == b[0] => SwapCost,
            _ => float.PositiveInfinity,
        };
        return cost <= max ? cost : max + 1;
    }

    /// <summary>
    /// Whether a distance of two operations or fewer is one with a swap among them: a swap alone or with a vowel change, a swap,
    /// or a full edit. The costs are chosen so that every such sum is told apart from those without a swap.
    /// </summary>
    public static bool TakesSwap(float distance)
    {
        foreach (var other in (ReadOnlySpan<float>)[0f, CheapCost, SwapCost, 1f])
        {
            if (Math.Abs(distance - (SwapCost + other)) < 1e-3f)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a distance of two or less is one of three cheap operations (vowel changes and swaps: 1.8 or 1.9); three cheap
    /// operations summing to 2.0 cannot be told from two full edits and count as those.
    /// </summary>
    public static bool TakesThreeCheap(float distance) =>
        Math.Abs(distance - (3 * CheapCost)) < 1e-3f || Math.Abs(distance - ((2 * CheapCost) + SwapCost)) < 1e-3f;

    /// <summary>The vowels whose replacement by one another costs <see cref="CheapCost"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
