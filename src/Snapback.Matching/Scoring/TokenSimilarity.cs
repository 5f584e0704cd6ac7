using Snapback.Matching.Explanation;
using Snapback.Matching.Names;

namespace Snapback.Matching.Scoring;

/// <summary>Similarity of two tokens in 0..1 and how it was reached.</summary>
internal static class TokenSimilarity
{
    /// <summary>Pairs below this similarity are not pairs at all.</summary>
    public const float MinPair = 0.7f;

    public static float Compare(in NameToken q, in NameToken c, out MatchMethod how, out float edits)
    {
        edits = 0;
        how = MatchMethod.Exact;
        if (q.Role == TokenRole.Number || c.Role == TokenRole.Number)
        {
            return string.Equals(q.Text, c.Text, StringComparison.Ordinal) ? 1f : 0f;
        }

        if (q.Role == TokenRole.Initial || c.Role == TokenRole.Initial)
        {
            how = MatchMethod.Initial;
            return q.Text[0] == c.Text[0] ? (q.Role == c.Role ? 0.9f : 0.8f) : 0f;
        }

        if (string.Equals(q.Text, c.Text, StringComparison.Ordinal))
        {
            return 1f;
        }

        if (string.Equals(q.Key, c.Key, StringComparison.Ordinal))
        {
            how = NameVocabulary.IsCanonical(q.Key) ? MatchMethod.Equivalence : MatchMethod.Transliteration;
            return 0.95f;
        }

        if ((q.Abjad || c.Abjad) && q.Skeleton.Length > 0)
        {
            how = MatchMethod.Transliteration;
            if (string.Equals(q.Skeleton, c.Skeleton, StringComparison.Ordinal))
            {
                return 0.9f;
            }

            if (Math.Min(q.Skeleton.Length, c.Skeleton.Length) >= 4 && EditDistance.Compute(q.Skeleton, c.Skeleton, 1) <= 1)
            {
                edits = 1;
                return 0.8f;
            }
        }

        var length = Math.Max(q.Key.Length, c.Key.Length);
        var allowed = AllowedEdits(length);
        if (allowed == 0)
        {
            return 0f;
        }

        var d = EditDistance.Compute(q.Key, c.Key, allowed);
        if (d > allowed)
        {
            return 0f;
        }

        how = MatchMethod.Edit;
        edits = d;
        return 1f - (d / length);
    }

    /// <summary>None in very short tokens, one up to seven letters, two beyond.</summary>
    public static float AllowedEdits(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;
}
