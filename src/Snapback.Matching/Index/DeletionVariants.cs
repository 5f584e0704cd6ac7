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
            if (RepeatsFirst(text, a))
            {
                continue;
            }

            var first = Position(a) | (RunCode(text, a) << RunShift) | (LetterCode(text[a]) << LetterShift);
            visit(state, HashedPostings.HashWithout(text, a, -1), first);
            if (deletions < 2)
            {
                continue;
            }

            for (var b = a + 1; b < text.Length; b++)
            {
                if (RepeatsSecond(text, a, b))
                {
                    continue;
                }

                // Two letters of one run: which two were deleted is open, and either may pair with any letter.
                var shape = b == a + 1 && text[b] == text[a]
                    ? Position(a) | (Position(b) << PositionBits) | (AnyRank << RunShift) | (AnyRank << (RunShift + RunBits))
                        | (LetterCode(text[a]) << LetterShift)
                    : first | (Position(b) << PositionBits) | (RunCode(text, b) << (RunShift + RunBits));
                shape |= LetterCode(text[b]) << (LetterShift + LetterBits);
                visit(state, HashedPostings.HashWithout(text, a, b), shape);
            }
        }
    }

    /// <summary>How many variants <see cref="Visit"/> gives a text: a build sizes its arrays once, to this.</summary>
    public static int Count(string text, int deletions)
    {
        var count = 1;
        for (var a = 0; a < text.Length && deletions >= 1; a++)
        {
            if (RepeatsFirst(text, a))
            {
                continue;
            }

            count++;
            for (var b = a + 1; b < text.Length && deletions >= 2; b++)
            {
                count += RepeatsSecond(text, a, b) ? 0 : 1;
            }
        }

        return count;
    }

    // Deleting either of two equal neighbours gives the same variant: only the first of a run is deleted.
    private static bool RepeatsFirst(string text, int a) => a > 0 && text[a] == text[a - 1];

    // The same for a second deletion, which may take the letter after the first even when it is the same.
    private static bool RepeatsSecond(string text, int a, int b) => b > a + 1 && text[b] == text[b - 1];

    /// <summary>
    /// The bits a variant's shape takes where it deleted: per deletion, its position plus one (0: none; <see cref="Far"/>: too
    /// far to say), then per deletion the run of equal letters it begins (<see cref="RunCode"/>). Above them, the shape holds
    /// <see cref="LetterBits"/> more: what letter each deletion took (<see cref="LetterCode"/>).
    /// </summary>
    public const int ShapeBits = (2 * PositionBits) + (2 * RunBits);

    /// <summary>The bits of a shape above <see cref="ShapeBits"/>: the letters its deletions took, four bits each.</summary>
    public const int LetterBits = 4;

    private const int LetterShift = ShapeBits;

    // Positions up to 14: a letter further on is rarely deleted, and its deletion pairs with any other.
    private const int PositionBits = 4;

    private const int Far = (1 << PositionBits) - 1;

    private const int RunBits = 2;

    private const int RunShift = 2 * PositionBits;

    // A run code: the deleted letter begins a run of this many more equal letters (0: none, 1 or 2), or AnyRank.
    private const int AnyRank = (1 << RunBits) - 1;

    private const int PositionMask = Far;

    /// <summary>
    /// Whether two forms sharing a deletion variant can be within the edits the scorer allows, told from where each side
    /// deleted, without reading the forms: <paramref name="cost"/> is what the deletions cost at least, <paramref name="most"/>
    /// what the scorer allows; <see cref="VowelsMayBeWithin(int, string, int, string, float, float)"/> then reads the forms as written for the vowels the variant hides.
    /// <para>
    /// Two forms whose cheapest alignment costs c share the variant that deletes, for each substitution other than a vowel for
    /// a vowel, the two letters it replaces (the same rank on both sides: as many kept letters before them), for each swap of
    /// neighbours the same one of the two letters on each side (ranks one apart, one letter), and for each letter added or
    /// left out that letter (one side only); what the variant keeps is then letters matched with themselves or a vowel with
    /// another vowel. Pairing up the deletions as cheaply as they can pair, and counting the vowels kept against other vowels,
    /// costs at most c on that variant; a variant costing more than the scorer allows either comes from other forms, whose own
    /// variant proposes them if they are near enough, or from two forms too far apart. A deleted letter in a run of equal
    /// letters has any rank the run covers (deleting any of the run gives the same variant), and pairs as cheaply as the
    /// nearest of them; one in a run of four or more, two deleted from one run and one too far to say pair with anything. A
    /// deleted vowel in a run of vowels leaves which vowels of that run were kept open, and then those are not counted
    /// (<see cref="OpenVowels"/>).
    /// </para>
    /// </summary>
    public static bool MayBeWithin(int listedShape, int queryShape, int queryLength, out float cost, out float most)
    {
        // The shapes give the listed form's length: the variant is the query form less its deletions. Called for every entry
        // of every variant looked up: the ranks are kept in locals, not in spans.
        var a = Rank(listedShape, 0, out var l0, out var l0End) + Rank(listedShape, 1, out var l1, out var l1End);
        var b = Rank(queryShape, 0, out var q0, out var q0End) + Rank(queryShape, 1, out var q1, out var q1End);
        most = MostEdits(Math.Max(queryLength, queryLength - b + a)) + Rounding;
        cost = a + b;
        if (a > 0 && b > 0)
        {
            // One pair of deletions, the others left as they are; or, with two on each side, both paired.
            var (lx, ly, qx, qy) = (LetterAt(listedShape, 0), LetterAt(listedShape, 1), LetterAt(queryShape, 0), LetterAt(queryShape, 1));
            var p00 = Pair(l0, l0End, lx, q0, q0End, qx);
            var p01 = b == 2 ? Pair(l0, l0End, lx, q1, q1End, qy) : float.PositiveInfinity;
            var p10 = a == 2 ? Pair(l1, l1End, ly, q0, q0End, qx) : float.PositiveInfinity;
            var p11 = a == 2 && b == 2 ? Pair(l1, l1End, ly, q1, q1End, qy) : float.PositiveInfinity;
            cost = Math.Min(cost, a + b - 2 + Math.Min(Math.Min(p00, p01), Math.Min(p10, p11)));
            cost = Math.Min(cost, Math.Min(p00 + p11, p01 + p10));
        }

        return cost <= most;
    }

    // The ranks the k-th deletion may have, first to last (kept letters before it; any when it pairs with anything); returns
    // 0 when the shape has no such deletion.
    private static int Rank(int shape, int k, out int first, out int last)
    {
        var position = PositionOf(shape, k);
        var run = RunAt(shape, k);
        if (position == Far || run == AnyRank)
        {
            (first, last) = (-AnyDistance, AnyDistance);
        }
        else
        {
            first = position - 1 - k;
            last = first + run;
        }

        return position == 0 ? 0 : 1;
    }

    // Further apart than any two ranks: a deletion with ranks this far either way pairs with any other.
    private const int AnyDistance = 64;

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
        || !CountsVowels(listedShape) || !CountsVowels(queryShape)
        || VowelsWithin(listed, listedShape, OpenVowels(listedShape, listed), query, queryShape, OpenVowels(queryShape, query), cost, most);

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

    // How many more equal letters follow the letter at `at`, which begins its run (the variants delete the first of a run):
    // 0, 1 or 2, or AnyRank for three or more.
    private static int RunCode(string text, int at)
    {
        var more = 0;
        while (at + more + 1 < text.Length && text[at + more + 1] == text[at])
        {
            more++;
        }

        return Math.Min(more, AnyRank);
    }

    // The cheapest a deletion on each side pairs up, from the ranks each may have and the letters they took: one apart and
    // the same letter a swap (a swap of neighbours deletes the same one of the two on each side), the same rank a substitution.
    private static float Pair(int x, int xLast, int xLetter, int y, int yLast, int yLetter)
    {
        // Every difference of a rank of one and a rank of the other, from the least to the most.
        var least = x - yLast;
        var most = xLast - y;
        return xLetter == yLetter && ((least <= 1 && most >= 1) || (least <= -1 && most >= -1)) ? Scoring.EditDistance.SwapCost
            : least <= 0 && most >= 0 ? 1f
            : float.PositiveInfinity;
    }

    // Four bits of a letter, the same for the same letter: two deletions that took different codes took different letters.
    private static int LetterCode(char c) => (int)(((uint)c * 0x9E3779B1u) >> 28);

    private static int LetterAt(int shape, int k) => (shape >> (LetterShift + (k * LetterBits))) & ((1 << LetterBits) - 1);

    /// <summary>Whether the places a shape deleted are known, so that the vowels the variant kept can be read.</summary>
    private static bool CountsVowels(int shape) => PositionOf(shape, 0) != Far && PositionOf(shape, 1) != Far;

    /// <summary>
    /// The letters of a form (a bit each) whose vowels a variant may or may not have kept: a vowel deleted from a run of
    /// vowels may be any vowel of the run, and which of them the variant kept is open; the vowels outside the run are known.
    /// </summary>
    private static uint OpenVowels(int shape, ulong vowels)
    {
        var open = 0u;
        var length = LengthOf(vowels);
        for (var k = 0; k < 2; k++)
        {
            var position = PositionOf(shape, k);
            if (position == 0 || RunAt(shape, k) == 0 || !IsVowelAt(vowels, position - 1))
            {
                continue;
            }

            for (var at = position - 1; at < length && IsVowelAt(vowels, at); at++)
            {
                open |= 1u << at;
            }
        }

        return open;
    }

    /// <summary>
    /// Walks the letters both forms keep, adding what the vowels kept against other vowels cost to <paramref name="cost"/>:
    /// a vowel change each, two neighbours swapped one swap; false once over <paramref name="most"/>. A vowel against a
    /// consonant means the variant was shared by its hash alone, and says nothing. Open vowels (<see cref="OpenVowels"/>) are
    /// not counted, nor swapped with: what is counted is then the least the vowels can cost.
    /// </summary>
    private static bool VowelsWithin(
        ulong listed, int listedShape, uint listedOpen, ulong query, int queryShape, uint queryOpen, float cost, float most)
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
            if (x != y && !IsOpen(listedOpen, i) && !IsOpen(queryOpen, j))
            {
                if (x == 0 || y == 0)
                {
                    return true;
                }

                if (ni < listedLength && nj < queryLength && !IsOpen(listedOpen, ni) && !IsOpen(queryOpen, nj)
                    && VowelAt(listed, ni) == y && VowelAt(query, nj) == x)
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

    private static bool IsOpen(uint open, int at) => ((open >> at) & 1) != 0;

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

    // A shape's k-th deletion: its position plus one (0: none); RunAt, the run of equal letters it begins.
    private static int PositionOf(int shape, int k) => (shape >> (k * PositionBits)) & PositionMask;

    private static int RunAt(int shape, int k) => (shape >> (RunShift + (k * RunBits))) & AnyRank;
}
