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
                span[i] = Scoring.EditDistance.IsVowel(t[i]) ? '*' : t[i];
            }
        });
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the hash of the text and of every variant with up to <paramref name="deletions"/>
    /// characters deleted, and the variant's shape: where its deletions were (<see cref="MayBeWithin(int, int, int, out float, out float)"/>).
    /// </summary>
    public static void Visit<TState>(string text, int deletions, TState state, Action<TState, ulong, int> visit)
    {
        visit(state, HashedPostings.Hash(text), 0);
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

            var first = Position(a) | (InRun(text, a) << (2 * PositionBits));
            visit(state, HashedPostings.HashWithout(text, a, -1), first);
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

                visit(state, HashedPostings.HashWithout(text, a, b), first | (Position(b) << PositionBits) | (InRun(text, b) << ((2 * PositionBits) + 1)));
            }
        }
    }

    /// <summary>
    /// The bits a variant's shape takes: per deletion, its position plus one (0: none; <see cref="Far"/>: too far to say) and
    /// whether the deleted letter is one of a run of equal letters.
    /// </summary>
    public const int ShapeBits = (2 * PositionBits) + 2;

    private const int PositionBits = 5;

    private const int Far = (1 << PositionBits) - 1;

    private const int PositionMask = Far;

    /// <summary>
    /// Whether two forms sharing a deletion variant can be within the edits the scorer allows, told from where each side
    /// deleted, without reading the forms: <paramref name="cost"/> is what the deletions cost at least, <paramref name="most"/>
    /// what the scorer allows; <see cref="VowelsMayBeWithin(int, string, int, string, float, float)"/> then reads the forms as written for the vowels the variant hides.
    /// <para>
    /// Two forms whose cheapest alignment costs c share the variant that deletes, for each substitution other than a vowel for
    /// a vowel, the two letters it replaces (the same rank on both sides: as many kept letters before them), for each swap of
    /// neighbours one of the two letters on each side (ranks one apart), and for each letter added or left out that letter (one
    /// side only); what the variant keeps is then letters matched with themselves or a vowel with another vowel. Pairing up
    /// the deletions as cheaply as they can pair, and counting the vowels kept against other vowels, costs at most c on that
    /// variant; a variant costing more than the scorer allows either comes from other forms, whose own variant proposes them
    /// if they are near enough, or from two forms too far apart. A deleted letter in a run of equal letters has no definite
    /// rank (deleting any of the run gives the same variant) and pairs with anything; a deleted vowel in a run of vowels
    /// leaves which vowels were kept open, and then the vowels are not counted.
    /// </para>
    /// </summary>
    public static bool MayBeWithin(int listedShape, int queryShape, int queryLength, out float cost, out float most)
    {
        // The shapes give the listed form's length: the variant is the query form less its deletions. Called for every entry
        // of every variant looked up: the ranks are kept in locals, not in spans.
        var a = Rank(listedShape, 0, out var l0) + Rank(listedShape, 1, out var l1);
        var b = Rank(queryShape, 0, out var q0) + Rank(queryShape, 1, out var q1);
        most = MostEdits(Math.Max(queryLength, queryLength - b + a)) + Rounding;
        cost = a + b;
        if (a > 0 && b > 0)
        {
            // One pair of deletions, the others left as they are; or, with two on each side, both paired.
            var p00 = Pair(l0, q0);
            var p01 = b == 2 ? Pair(l0, q1) : float.PositiveInfinity;
            var p10 = a == 2 ? Pair(l1, q0) : float.PositiveInfinity;
            var p11 = a == 2 && b == 2 ? Pair(l1, q1) : float.PositiveInfinity;
            cost = Math.Min(cost, a + b - 2 + Math.Min(Math.Min(p00, p01), Math.Min(p10, p11)));
            cost = Math.Min(cost, Math.Min(p00 + p11, p01 + p10));
        }

        return cost <= most;
    }

    // The k-th deletion's rank (kept letters before it; -1 when it pairs with anything); 0 when the shape has no such deletion.
    private static int Rank(int shape, int k, out int rank)
    {
        var position = PositionOf(shape, k);
        rank = position == 0 || InRunAt(shape, k) || position == Far ? -1 : position - 1 - k;
        return position == 0 ? 0 : 1;
    }

    /// <summary>
    /// The second half of <see cref="MayBeWithin(int, int, int, out float, out float)"/>, reading the forms: whether the vowels
    /// the variant keeps against other vowels still leave the two forms within <paramref name="most"/>.
    /// </summary>
    public static bool VowelsMayBeWithin(int listedShape, string listed, int queryShape, string query, float cost, float most) =>
        VowelsMayBeWithin(listedShape, Vowels(listed), queryShape, Vowels(query), cost, most);

    /// <summary>
    /// <see cref="VowelsMayBeWithin(int, string, int, string, float, float)"/> on the forms' <see cref="Vowels"/>, which a
    /// vocabulary keeps for its tokens in one array rather than reading each listed form where it lies in memory.
    /// </summary>
    public static bool VowelsMayBeWithin(int listedShape, ulong listed, int queryShape, ulong query, float cost, float most) =>
        listed == UnknownVowels || query == UnknownVowels
        || !CountsVowels(listedShape, listed) || !CountsVowels(queryShape, query) || VowelsWithin(listed, listedShape, query, queryShape, cost, most);

    /// <summary>
    /// What the vowel check reads of a form, in one word: its length, which letters are vowels and which vowel each is.
    /// Consonants are not told apart: two forms sharing a variant for real keep the same consonants, and a variant shared by
    /// its hash alone may be judged either way, since the pair it joins is proposed by its own variant if it is near enough.
    /// <see cref="UnknownVowels"/> for a form too long or with too many vowels to hold, which the check then lets through.
    /// </summary>
    public static ulong Vowels(string form)
    {
        if (form.Length > MaxVowelForm)
        {
            return UnknownVowels;
        }

        var mask = 0ul;
        var codes = 0ul;
        var count = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var code = "aeiou".IndexOf(form[i], StringComparison.Ordinal) + 1;
            if (code == 0)
            {
                continue;
            }

            if (count == MaxVowels)
            {
                return UnknownVowels;
            }

            mask |= 1ul << i;
            codes |= (ulong)code << (3 * count++);
        }

        return mask | ((ulong)form.Length << LengthShift) | (codes << CodesShift);
    }

    /// <summary>A form whose vowels <see cref="Vowels"/> cannot hold.</summary>
    public const ulong UnknownVowels = ulong.MaxValue;

    // Vowels(): bits 0-30 which letters are vowels, 31-35 the length, 36-62 the vowels' codes (1 to 5), three bits each.
    private const int MaxVowelForm = 30;
    private const int MaxVowels = 9;
    private const int LengthShift = 31;
    private const int CodesShift = 36;

    private static int LengthOf(ulong vowels) => (int)((vowels >> LengthShift) & 31);

    private static bool IsVowelAt(ulong vowels, int at) => ((vowels >> at) & 1) != 0;

    // The vowel at `at` (1 to 5), or 0 for a consonant.
    private static int VowelAt(ulong vowels, int at) =>
        IsVowelAt(vowels, at) ? (int)((vowels >> (CodesShift + (3 * System.Numerics.BitOperations.PopCount(vowels & ((1ul << at) - 1))))) & 7) : 0;

    private const float Rounding = 1e-3f;

    /// <summary>
    /// The most edits the scorer allows between forms whose longer has this length (<see cref="Scoring.TokenSimilarity.AllowedEdits"/>).
    /// </summary>
    private static float MostEdits(int longest) => longest >= 7 ? 2f : longest >= 4 ? 1f : 0f;

    private static int Position(int at) => Math.Min(at + 1, Far);

    private static int InRun(string text, int at) =>
        (at > 0 && text[at - 1] == text[at]) || (at + 1 < text.Length && text[at + 1] == text[at]) ? 1 : 0;

    // The cheapest a deletion on each side pairs up: at the same rank a substitution, one apart a swap.
    private static float Pair(int x, int y) =>
        x < 0 || y < 0 || Math.Abs(x - y) == 1 ? Scoring.EditDistance.SwapCost : x == y ? 1f : float.PositiveInfinity;

    /// <summary>Whether the letters a shape deleted are known, so that the vowels the variant kept can be read.</summary>
    private static bool CountsVowels(int shape, ulong vowels)
    {
        for (var k = 0; k < 2; k++)
        {
            var position = PositionOf(shape, k);
            if (position == Far || (InRunAt(shape, k) && IsVowelAt(vowels, position - 1)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Walks the letters both forms keep, adding what the vowels kept against other vowels cost to <paramref name="cost"/>:
    /// a vowel change each, two neighbours swapped one swap; false once over <paramref name="most"/>. A vowel against a
    /// consonant means the variant was shared by its hash alone, and says nothing.
    /// </summary>
    private static bool VowelsWithin(ulong listed, int listedShape, ulong query, int queryShape, float cost, float most)
    {
        var listedLength = LengthOf(listed);
        var queryLength = LengthOf(query);
        var i = Next(listedLength, listedShape, -1);
        var j = Next(queryLength, queryShape, -1);
        while (i < listedLength && j < queryLength)
        {
            var x = VowelAt(listed, i);
            var y = VowelAt(query, j);
            var ni = Next(listedLength, listedShape, i);
            var nj = Next(queryLength, queryShape, j);
            if (x != y)
            {
                if (x == 0 || y == 0)
                {
                    return true;
                }

                if (ni < listedLength && nj < queryLength && VowelAt(listed, ni) == y && VowelAt(query, nj) == x)
                {
                    cost += Scoring.EditDistance.SwapCost;
                    ni = Next(listedLength, listedShape, ni);
                    nj = Next(queryLength, queryShape, nj);
                }
                else
                {
                    cost += Scoring.EditDistance.CheapCost;
                }

                if (cost > most)
                {
                    return false;
                }
            }

            i = ni;
            j = nj;
        }

        return true;
    }

    // The next position after `at` that the shape keeps.
    private static int Next(int length, int shape, int at)
    {
        var next = at + 1;
        while (next < length && Deleted(shape, next))
        {
            next++;
        }

        return next;
    }

    private static bool Deleted(int shape, int at) => PositionOf(shape, 0) == at + 1 || PositionOf(shape, 1) == at + 1;

    // A shape's k-th deletion: its position plus one (0: none), and whether the deleted letter is in a run of equal letters.
    private static int PositionOf(int shape, int k) => (shape >> (k * PositionBits)) & PositionMask;

    private static bool InRunAt(int shape, int k) => ((shape >> ((2 * PositionBits) + k)) & 1) != 0;
}
