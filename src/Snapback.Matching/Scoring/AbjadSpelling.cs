namespace Snapback.Matching.Scoring;

/// <summary>
/// Two tokens both written in an abjad script compared as written. Their romanized forms lose what the script does write:
/// the long vowels (أحمد Ahmad and حامد Hamid romanize alike, and so do their consonant skeletons), so two spellings in the
/// same script are never more alike than their letters are.
/// </summary>
internal static class AbjadSpelling
{
    /// <summary>
    /// The similarity of the written forms when they differ (1 when they are the same spelling), in the scale of
    /// <see cref="TokenSimilarity"/>: 0 beyond the edits the length allows.
    /// </summary>
    public static float Similarity(string a, string b, out float edits)
    {
        edits = 0;
        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        var lx = Letters(a, x);
        var ly = Letters(b, y);
        if (lx == 0 || ly == 0 || x[..lx].SequenceEqual(y[..ly]))
        {
            return 1f;
        }

        var length = Math.Max(lx, ly);
        var allowed = TokenSimilarity.AllowedEdits(length, x[0] == y[0], lx == ly && x[lx - 1] == y[ly - 1]);
        if (allowed == 0 || Math.Abs(lx - ly) > allowed)
        {
            return 0f;
        }

        var d = EditDistance.Compute(x[..lx], y[..ly], allowed);
        if (d > allowed)
        {
            return 0f;
        }

        edits = d;
        return TokenSimilarity.EditSimilarity(d, length);
    }

    /// <summary>The first letter of a word as written, its diacritics left out; '\0' when it has none.</summary>
    public static char FirstLetter(string written)
    {
        foreach (var c in written)
        {
            if (char.IsLetter(c) && c != '\u0640')
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>Whether a word as written begins with waw (و, with hamza ؤ, the Hebrew vav ו).</summary>
    public static bool BeginsWithWaw(string written) => FirstLetter(written) is '\u0648' or '\u0624' or '\u05D5';

    /// <summary>Whether a word as written begins with waw and the article (وال), the conjunction "and" written onto a word.</summary>
    public static bool StartsWithConjunction(string written)
    {
        Span<char> letters = stackalloc char[written.Length];
        var n = Letters(written, letters);
        return n > 3 && letters[0] == '\u0648' && letters[1] == '\u0627' && letters[2] == '\u0644';
    }

    /// <summary>The last letter of a word as written, its diacritics left out; '\0' when it has none.</summary>
    public static char LastLetter(string written)
    {
        for (var i = written.Length - 1; i >= 0; i--)
        {
            if (char.IsLetter(written[i]) && written[i] != '\u0640')
            {
                return written[i];
            }
        }

        return '\0';
    }

    // The letters that carry the spelling: diacritics and tatweel left out, hamza seats, alef forms, final ta marbuta and alef
    // maqsura, and the Persian and Urdu letter shapes of one sound written as one.
    private static int Letters(string written, Span<char> into)
    {
        var n = 0;
        foreach (var c in written)
        {
            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' || !char.IsLetter(c))
            {
                continue;
            }

            into[n++] = c switch
            {
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
                '\u0649' or '\u06CC' or '\u0626' or '\u06D2' => '\u064A',
                '\u0629' or '\u06C1' or '\u06BE' or '\u06D5' => '\u0647',
                '\u0624' => '\u0648',
                '\u06A9' => '\u0643',
                _ => c,
            };
        }

        return n;
    }
}
