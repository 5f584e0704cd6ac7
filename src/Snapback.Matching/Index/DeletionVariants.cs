namespace Snapback.Matching.Index;

/// <summary>
/// Symmetric deletion (as in SymSpell): two strings within k edit operations (insertion, deletion, substitution, swap of
/// neighbours) share a string obtained by deleting at most k characters from each. Vowels are first written as one
/// placeholder, because replacing one vowel by another is the cheapest edit and the scorer allows several of them; what is
/// left is at most two operations within any pair of tokens the scorer accepts (<see cref="Scoring.TokenSimilarity"/>).
/// </summary>
internal static class DeletionVariants
{
    /// <summary>
    /// How many deletions a form of this length needs on its side. Two edits are allowed from seven letters (of the longer form);
    /// a shorter form in such a pair is at least one letter shorter, so one of the edits deletes from the other side only.
    /// </summary>
    public static int For(int length) => length >= 7 ? 2 : length >= 4 ? 1 : 0;

    /// <summary>
    /// Forms of two letters or fewer pair with nothing by an edit (<see cref="Scoring.TokenSimilarity.AllowedEdits"/>); a form of
    /// three letters only with one of four that has one letter more, which that form's deletions reach.
    /// </summary>
    public static bool Edited(int length) => length >= 3;

    /// <summary>The text with every vowel written as '*'.</summary>
    public static string Neutral(string text)
    {
        if (text.AsSpan().IndexOfAny("aeiou") < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] is 'a' or 'e' or 'i' or 'o' or 'u' ? '*' : t[i];
            }
        });
    }

    /// <summary>Calls <paramref name="visit"/> with the hash of the text and of every variant with up to <paramref name="deletions"/> characters deleted.</summary>
    public static void Visit<TState>(string text, int deletions, TState state, Action<TState, ulong> visit)
    {
        visit(state, HashedPostings.Hash(text));
        if (deletions < 1)
        {
            return;
        }

        for (var a = 0; a < text.Length; a++)
        {
            // Deleting either of two equal neighbours gives the same variant.
            if (a > 0 && text[a] == text[a - 1])
            {
                continue;
            }

            visit(state, HashedPostings.HashWithout(text, a, -1));
            if (deletions < 2)
            {
                continue;
            }

            for (var b = a + 1; b < text.Length; b++)
            {
                if (b > a + 1 && text[b] == text[b - 1])
                {
                    continue;
                }

                visit(state, HashedPostings.HashWithout(text, a, b));
            }
        }
    }
}
