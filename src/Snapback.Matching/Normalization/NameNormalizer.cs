using System.Globalization;
using System.Text;
using AnyAscii;

namespace Snapback.Matching.Normalization;

/// <summary>
/// Turns a name in any script into lower-case ASCII tokens: script to Latin through AnyAscii, diacritics dropped,
/// apostrophes joined ("Qa'ida" -> "qaida"), every other punctuation mark (hyphen, comma, dot) splits tokens.
/// </summary>
internal static class NameNormalizer
{
    public static List<RawToken> Tokenize(string text)
    {
        var tokens = new List<RawToken>(8);
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var chunk = new StringBuilder(32);
        var abjad = false;
        var ascii = true;
        var otherScript = false;
        foreach (var c in text)
        {
            if (IsJoiner(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                chunk.Append(c);
                abjad |= IsAbjad(c);
                ascii &= c < 128;
                otherScript |= c >= 128 && char.IsLetter(c) && !IsLatin(c);
                continue;
            }

            Flush(chunk, abjad, ascii, otherScript, tokens);
            abjad = false;
            ascii = true;
            otherScript = false;
        }

        Flush(chunk, abjad, ascii, otherScript, tokens);
        return tokens;
    }

    /// <summary>Lower-case ASCII form of a whole string, tokens joined by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenize(text).Select(static t => t.Text));

    private const string ArabicArticle = "\u0627\u0644";

    public static bool IsAbjad(char c) =>
        c is (>= '\u0590' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>Letters of the Latin script, with diacritics and in their extended blocks.</summary>
    public static bool IsLatin(char c) =>
        c is <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF')
            or (>= '\uFF21' and <= '\uFF5A');

    // Apostrophes, okina and the '?' that a lost curly quote becomes are part of the word ("Mus'ab", "Mus?ab").
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '?';

    private static void Flush(StringBuilder chunk, bool abjad, bool ascii, bool otherScript, List<RawToken> tokens)
    {
        if (chunk.Length == 0)
        {
            return;
        }

        var raw = chunk.ToString();
        chunk.Clear();
        if (abjad && raw.StartsWith(ArabicArticle, StringComparison.Ordinal) && raw.Count(char.IsLetter) >= 4 && !IsAllah(raw))
        {
            // The Arabic article is written joined to the word ("الرحمن" is "al-Rahman", "الحق" "al-Haqq"): a particle of its
            // own, as in Latin. الله is one word (Allah).
            tokens.Add(new RawToken("al", abjad, ArabicArticle, otherScript));
            chunk.Append(raw.AsSpan(ArabicArticle.Length));
            Flush(chunk, abjad, ascii, otherScript, tokens);
            return;
        }

        var latin = ascii ? raw : abjad ? AbjadLatin(raw) : raw.Transliterate();
        var start = -1;
        for (var i = 0; i <= latin.Length; i++)
        {
            var isAlnum = i < latin.Length && char.IsAsciiLetterOrDigit(latin[i]);
            if (isAlnum && start < 0)
            {
                start = i;
            }
            else if (ascii && isAlnum && i > start && IsCaseJoint(latin, i))
            {
                // A given name and an upper-case family name run together ("RadislavKRSTIC"): two tokens.
                tokens.Add(new RawToken(Clean(latin.AsSpan(start, i - start)), abjad, latin[start..i], otherScript));
                start = i;
            }
            else if (!isAlnum && start >= 0 && (i == latin.Length || !IsJoiner(latin[i])))
            {
                // An ASCII token is its own span of the chunk; a transliterated one is shown as the whole chunk it came from.
                var written = ascii ? latin[start..i] : raw;
                tokens.Add(new RawToken(Clean(latin.AsSpan(start, i - start)), abjad, written, otherScript));
                start = -1;
            }
        }
    }

    // الله (Allah), with or without its diacritics.
    private static bool IsAllah(string raw)
    {
        var letters = 0;
        foreach (var c in raw)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters >= 4 || c != "\u0627\u0644\u0644\u0647"[letters])
            {
                return false;
            }

            letters++;
        }

        return letters == 4;
    }

    /// <summary>
    /// An abjad word in Latin letters. A word that begins with ain or with an alef carrying hamza begins with a vowel, which
    /// every romanization writes ('Umar, Omar; 'Abd, Abd; Ahmad; Ibrahim) while a letter-by-letter transliteration gives only
    /// an apostrophe or nothing: the vowel is written ("a", or "i" for an alef with hamza below), so that the word is not
    /// read as a bare consonant skeleton ("mr") or a one-letter initial ("z" for عز).
    /// </summary>
    private static string AbjadLatin(string raw)
    {
        var vowel = raw[0] switch
        {
            '\u0639' or '\u0623' or '\u0622' => "a",
            '\u0625' => "i",
            _ => null,
        };
        return vowel is null || raw.Length < 2 ? raw.Transliterate() : vowel + raw[1..].Transliterate();
    }

    /// <summary>
    /// A lower-case letter followed by two upper-case ones: where a mixed-case word is two names run together. One capital
    /// inside a word (MacArthur, PetroChina) is part of the word.
    /// </summary>
    private static bool IsCaseJoint(string text, int i) =>
        char.IsAsciiLetterLower(text[i - 1]) && char.IsAsciiLetterUpper(text[i]) && i + 1 < text.Length && char.IsAsciiLetterUpper(text[i + 1]);

    private static string Clean(ReadOnlySpan<char> span)
    {
        Span<char> buffer = stackalloc char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
