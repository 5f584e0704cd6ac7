using Snapback.Matching.Explanation;
using Snapback.Matching.Names;

namespace Snapback.Matching.Scoring;

/// <summary>
/// Similarity of two tokens in 0..1 and how it was reached. Strings are compared ordinally with the two-argument
/// <see cref="string.Equals(string, string)"/>, which is inlined: the index calls this millions of times a second.
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>Pairs below this similarity are not pairs at all.</summary>
    public const float MinPair = 0.7f;

    private const float EditPenalty = 1.15f;

    public static float Compare(in NameToken q, in NameToken c, out MatchMethod how, out float edits)
    {
        var similarity = CompareForms(q, c, out how, out edits);
        if (similarity > 0 && q.Abjad && c.Abjad && q.Role != TokenRole.Initial && c.Role != TokenRole.Initial
            && !string.Equals(q.Written, c.Written, StringComparison.Ordinal))
        {
            // Never above what the romanized forms give, so the index's bounds still hold.
            var written = AbjadSpelling.Similarity(q.Written, c.Written, out var writtenEdits);
            if (written < similarity)
            {
                how = MatchMethod.Edit;
                edits = writtenEdits;
                return written >= MinPair ? written : 0f;
            }
        }

        return similarity;
    }

    /// <summary>
    /// Whether <see cref="Compare"/> is certain to give two tokens no pairing, told from their letter masks alone, without
    /// reading their strings: two tokens outside the abjad, neither an initial nor a number, pair only by equal or nearby texts
    /// or keys, and the most edits any pair of forms is allowed is two. For the index, where most proposed pairs are far apart.
    /// </summary>
    public static bool CannotPair(in NameToken q, in NameToken c) =>
        !q.Abjad && !c.Abjad
        && q.Role is not (TokenRole.Initial or TokenRole.Number) && c.Role is not (TokenRole.Initial or TokenRole.Number)
        && !LetterMask.MayBeWithin(q.KeyLetters, c.KeyLetters, MostEdits)
        && !LetterMask.MayBeWithin(q.TextLetters, c.TextLetters, MostEdits);

    // The most edits AllowedEdits gives any pair of forms.
    private const float MostEdits = 2f;

    private static float CompareForms(in NameToken q, in NameToken c, out MatchMethod how, out float edits)
    {
        edits = 0;
        how = MatchMethod.Exact;
        if (q.Role == TokenRole.Number || c.Role == TokenRole.Number)
        {
            return string.Equals(q.Text, c.Text) ? 1f : 0f;
        }

        if (q.Role == TokenRole.Initial || c.Role == TokenRole.Initial)
        {
            // An initial stands for a given name more often than for a patronymic.
            how = MatchMethod.Initial;
            return q.Text[0] != c.Text[0] ? 0f
                : q.Role == c.Role ? 0.9f
                : q.Role == TokenRole.Patronymic || c.Role == TokenRole.Patronymic ? 0.75f
                : 0.8f;
        }

        if (string.Equals(q.Text, c.Text))
        {
            // Equal Latin forms of tokens written differently in another script ("Владимир" / "Vladimir") met by transliteration.
            if ((q.OtherScript || c.OtherScript) && !string.Equals(q.Written, c.Written, StringComparison.OrdinalIgnoreCase))
            {
                how = MatchMethod.Transliteration;
            }

            return 1f;
        }

        if (string.Equals(q.Key, c.Key))
        {
            how = NameVocabulary.IsCanonical(q.Key) ? MatchMethod.Equivalence : MatchMethod.Transliteration;
            // A key of two letters is too little of a word for its folds to say two spellings are one name (AYY / AAJ, both "ai").
            return q.Key.Length <= 2 && how == MatchMethod.Transliteration ? 0.85f : 0.95f;
        }

        if ((q.Abjad || c.Abjad) && q.Skeleton.Length > 0)
        {
            how = MatchMethod.Transliteration;
            // One consonant is only a name when both spellings are that short (علي / Ali), not Babayi / Abu.
            // A Latin query against an abjad spelling has lost its vowels only on the listed side: two consonants are then
            // too little to tell names apart (Vadim / عظیمی), while an abjad query is compared by consonants on both sides.
            // A Latin spelling also writes short vowels, but not more than one per consonant the abjad spelling has (Ahvazian is not
            // الحسن).
            var least = q.Abjad ? 2 : 3;
            // The skeleton matched: an abjad query's alternative one is the listed Latin skeleton.
            var consonants = q.Abjad ? c.Skeleton.Length : q.Skeleton.Length;
            // A word of two abjad letters is one consonant and a long vowel or h, which a Latin spelling writes with a vowel on
            // either side (طه Taha): short on both sides too.
            var bothShort = (q.Text.Length <= 3 && c.Text.Length <= 3) || (q.Abjad && !c.Abjad && q.Role == TokenRole.Name && q.Text.Length <= 2 && c.Text.Length <= 4);
            if (SameSkeleton(q, c) && !FinalYaUnwritten(q, c) && !InitialWawDiffers(q, c)
                && (consonants >= least || bothShort)
                && (q.Abjad || !c.Abjad || q.Text.Length <= (2 * c.Text.Length) + 1))
            {
                // Without the listed vowels, long vowels look like consonants' absence too (محمود Mahmoud / Mohammed): a Latin
                // query is less sure of an abjad spelling than an abjad query of a Latin one, and two consonants of a longer
                // name (سامي, s-m) fit many Latin names.
                return q.Abjad && (consonants > 2 || bothShort) ? 0.9f : 0.85f;
            }

            if (Math.Min(q.Skeleton.Length, c.Skeleton.Length) >= 5 && !InitialWawDiffers(q, c) && EditDistance.Compute(q.Skeleton, c.Skeleton, 1) <= 1)
            {
                edits = 1;
                return 0.8f;
            }
        }

        // Typos are counted on the text as typed and on the romanized key, whichever is closer; each within the edits its own
        // length allows, so that the index can retrieve every pair by deletion variants of that form (Index.DeletionVariants).
        var length = Math.Max(q.Text.Length, c.Text.Length);
        var keysAreTexts = string.Equals(q.Key, q.Text) && string.Equals(c.Key, c.Text);
        var d = Distance(q.Key, c.Key, q.KeyLetters, c.KeyLetters, q, typed: keysAreTexts);
        if (d > 0 && !keysAreTexts)
        {
            d = Math.Min(d, Distance(q.Text, c.Text, q.TextLetters, c.TextLetters, q, typed: true));
        }

        if (d == float.MaxValue)
        {
            return 0f;
        }

        how = MatchMethod.Edit;
        edits = d;
        return EditSimilarity(d, length, q.Unlisted);
    }

    /// <summary>
    /// Whether two tokens have the same consonant skeleton, an abjad spelling against a Latin one by any of the abjad's
    /// skeletons (the Latin spellings of its letters that have several, <see cref="Transliteration.PhoneticKey.AbjadSkeletonsOf"/>).
    /// </summary>
    private static bool SameSkeleton(in NameToken q, in NameToken c)
    {
        if (string.Equals(q.Skeleton, c.Skeleton))
        {
            return true;
        }

        if (q.Abjad == c.Abjad)
        {
            return false;
        }

        var (abjad, latin) = q.Abjad ? (q, c) : (c, q);
        return Array.IndexOf(abjad.SkeletonAlternatives, latin.Skeleton) >= 0;
    }

    /// <summary>
    /// Whether one of an abjad spelling and a Latin one begins with waw (و, the Hebrew vav ו) and the other not with w or v.
    /// The skeleton drops w and v as the letters of long vowels, but at the start of a word waw is a consonant, which every
    /// romanization writes (وائل Wael, وحيد Vahid): وائل is not Ali. Not told: a Latin word beginning with "ou", the French
    /// spelling of w (Ould, Oualid) and of the vowel u (Oumar), and waw before the article, the conjunction "and" (والمسلمين).
    /// </summary>
    private static bool InitialWawDiffers(in NameToken q, in NameToken c)
    {
        var (abjad, latin) = q.Abjad ? (q, c) : (c, q);
        var t = latin.Text;
        if (latin.Abjad || t.Length < 2 || (t[0] == 'o' && t[1] == 'u') || AbjadSpelling.StartsWithConjunction(abjad.Written))
        {
            return false;
        }

        return AbjadSpelling.BeginsWithWaw(abjad.Written) != (t[0] is 'w' or 'v');
    }

    /// <summary>
    /// Whether an abjad spelling ends in ya (ي, ی, ى, the Hebrew yod י) while the Latin spelling it is compared with ends in a consonant. A final
    /// ya is a long vowel every romanization writes (حسيني Husseini, Hosseini; حمدي Hamdi, Hamdy; مصطفى Mustafa): the nisba
    /// "-i" makes another name of the word (حسيني is not Hassan, حمدي not Hamid), which the consonant skeleton cannot see.
    /// </summary>
    private static bool FinalYaUnwritten(in NameToken q, in NameToken c)
    {
        var (abjad, latin) = q.Abjad ? (q, c) : (c, q);
        if (latin.Abjad || latin.Text.Length == 0 || latin.Text[^1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
        {
            return false;
        }

        return AbjadSpelling.LastLetter(abjad.Written) is '\u064A' or '\u06CC' or '\u0649' or '\u05D9';
    }

    /// <summary>
    /// The similarity of two spellings <paramref name="edits"/> apart, the longer <paramref name="length"/> letters. A full edit
    /// costs more than its share of the letters (two different names are often one letter apart); a swap or a vowel change
    /// does not, nor does any edit when the query word is one no listed name holds (<paramref name="unlisted"/>): it is then no
    /// other known name but a slip, or a name the lists do not know.
    /// </summary>
    public static float EditSimilarity(float edits, int length, bool unlisted = false) =>
        1f - ((edits < 1 || unlisted ? edits : EditPenalty * edits) / length);

    /// <summary>
    /// Whether the shorter form is the longer with one letter left out by a slip: its first letter, its last, or a vowel (Omr /
    /// Omar, Son / Song, Wen / Owen). A slip leaves the letters it did not touch in place, so the rest of a short word still
    /// says which word it was; a consonant left out inside a short word more often makes another name of it (Ali / Alfi).
    /// </summary>
    private static bool OneDropped(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        // The letter left out is the first that differs; the rest must then be the same.
        var at = shorter.AsSpan().CommonPrefixLength(longer);
        return longer.AsSpan(at + 1).SequenceEqual(shorter.AsSpan(at))
            && (at == 0 || at == shorter.Length || longer[at] is 'a' or 'e' or 'i' or 'o' or 'u');
    }

    /// <summary>The edit distance of two forms when within the edits their length allows; otherwise <see cref="float.MaxValue"/>.</summary>
    private static float Distance(string a, string b, uint lettersA, uint lettersB, in NameToken query, bool typed)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return float.MaxValue;
        }

        var longest = Math.Max(a.Length, b.Length);
        var allowed = longest == 7 ? 2
            : AllowedEdits(longest, a[0] == b[0], a.Length == b.Length && a[^1] == b[^1], longest == 4 && OneDropped(a, b));
        // A query word that no listed name holds (NameToken.Unlisted) is no other name the lists know: one letter changed,
        // added or left out anywhere in a word of four or five letters is then a slip (Famir / Samir, eter / Peter, Tmar / Omar),
        // where between two known names it is more often another name (Amer / Samer, Ali / Alfi). The index's one deletion
        // from four letters reaches every such pair.
        if (allowed < 1 && longest is 4 or 5 && query.Unlisted)
        {
            allowed = 1;
        }
        if (allowed == 0 || Math.Abs(a.Length - b.Length) > allowed || !LetterMask.MayBeWithin(lettersA, lettersB, allowed))
        {
            return float.MaxValue;
        }

        // Two slips in a word of seven letters, one of them a swap of neighbours, the commonest slip in typing (Bkoqrev / Bokarev,
        // Mhamuod / Mahmoud, Ibrhami / Ibrahim): five letters stay in place and the swapped two are still there.
        // A vowel changed with another letter, or a letter added, makes another name as often (Aleksiv / Oleksin, Katrin / Katrani).
        // Three cheap operations (vowels changed, a swap) are another name, not a spelling of it: romanization systems disagree
        // on one or two vowels of a word and a slip touches one or two letters, while Koroleva / Kirillova differ in three vowels.
        var d = EditDistance.Compute(a, b, allowed);
        // A query word of seven letters that no listed name holds is no other name: two letters mistyped, left out or added in
        // it as typed leave five in place. Not with a vowel changed, nor in the romanized keys, whose folds are spellings, not
        // slips: a vowel changed with a letter added makes another name (Katrin / Katrani, KATRANJI).
        return d <= allowed && (d <= 1 || longest != 7 || EditDistance.TakesSwap(d) || (query.Unlisted && typed && d >= 2f))
            && !EditDistance.TakesThreeCheap(d) ? d : float.MaxValue;
    }

    /// <summary>
    /// None in tokens of up to three letters; in four letters one letter for another between the same first and last letters
    /// (KONY / KLNY, Igor / Itor) or one letter left out (<paramref name="oneDropped"/>: Omr / Omar, Son / Song, Wen / Owen),
    /// otherwise only a swap or a vowel change; in five letters one edit, only a swap or a vowel change with a different first
    /// letter (Amer / Samer are two names); one edit up to seven letters (two slips in a word of seven, one of them a
    /// swap, see Distance), two from eight (two slips in a word of eight letters still leave six in place, and
    /// such a pair is at least 0.71 alike only when one slip is cheap or both are whole edits). Short names differ by one
    /// letter far too often to allow more (Matin / Ratin, Kony / Corny).
    /// </summary>
    public static float AllowedEdits(int length, bool sameStart = true, bool sameFrame = true, bool oneDropped = false) => length switch
    {
        <= 3 => 0,
        4 => (sameStart && sameFrame) || oneDropped ? 1 : EditDistance.SwapCost,
        5 => sameStart ? 1 : EditDistance.SwapCost,
        <= 7 => 1,
        _ => 2,
    };
}
