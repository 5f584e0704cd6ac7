using System.Globalization;
using System.Text;
using Snapback.Matching.Names;
using Snapback.Matching.Normalization;

namespace Snapback.Matching.Text;

/// <summary>
/// Splits running text into words with their UTF-16 spans. Marks where punctuation separates names (a comma, a semicolon,
/// a slash of a payment field, a full stop ending a sentence, a blank line) and where it does not (a line break inside a
/// name, an initial's or a title's full stop, a hyphen). A possessive ("Putin's") is left out of the word and its span; a word
/// hyphenated across a line break is joined.
/// </summary>
internal static class TextTokenizer
{
    public static List<TextWord> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<TextWord>(text.Length / 6);
        var cased = CasedLines(text);
        var line = 0;
        var pendingBreak = false;
        var joined = new StringBuilder(32);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                if (c == '\n')
                {
                    pendingBreak |= words.Count > 0 && BlankLineAfter(text, words[^1].End, i);
                    line++;
                }
                else if ((IsSeparator(c) && !(c == ',' && LegalFormFollows(text, i + 1))) || (c == '.' && EndsSentence(text, i, words)))
                {
                    pendingBreak = true;
                }

                i++;
                continue;
            }

            var start = i;
            var end = ReadWord(text, ref i, ref line, joined);
            var form = joined.Length > 0 ? joined.ToString() : text[start..end];
            var possessive = PossessiveLength(form);
            if (possessive > 0)
            {
                form = form[..^possessive];
                end -= possessive;
            }

            words.Add(new TextWord(start, end, form, pendingBreak, cased[line]));
            pendingBreak = false;
        }

        return words;
    }

    /// <summary>Reads one word from <paramref name="i"/>; returns its end. Fills <paramref name="joined"/> only when the word crossed a line break.</summary>
    private static int ReadWord(string text, ref int i, ref int line, StringBuilder joined)
    {
        joined.Clear();
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start))
            {
                i++;
                continue;
            }

            if (c is '-' or '\u00AD' && HyphenatedBreak(text, i) is { } resume && resume < text.Length && char.IsLower(text[resume]))
            {
                // "Naval-\nny": one word split by the line's end; the span covers both halves, the form joins them.
                if (joined.Length == 0)
                {
                    joined.Append(text, start, i - start);
                }

                line++;
                var from = resume;
                while (resume < text.Length && IsWordChar(text[resume]))
                {
                    resume++;
                }

                joined.Append(text, from, resume - from);
                i = resume;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>After a hyphen: the index of the next word's first letter when only spaces and one line break follow, else null.</summary>
    private static int? HyphenatedBreak(string text, int hyphen)
    {
        var k = hyphen + 1;
        while (k < text.Length && text[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        if (k >= text.Length || text[k] != '\n')
        {
            return null;
        }

        k++;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        return k;
    }

    private static int PossessiveLength(string word)
    {
        if (word.Length > 3 && IsApostrophe(word[^2]) && word[^1] is 's' or 'S')
        {
            return 2;
        }

        return 0;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsSeparator(char c) =>
        c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB'
            or '/' or '|' or '!' or '?' or '\u2022' or '\u2014' or '\u2013' or '\u060C' or '\u061B';

    /// <summary>A full stop followed by a space or the end ends a sentence, unless it follows an initial, a title or a legal form.</summary>
    private static bool EndsSentence(string text, int dot, List<TextWord> words)
    {
        if (dot + 1 < text.Length && !char.IsWhiteSpace(text[dot + 1]))
        {
            return false;
        }

        if (words.Count == 0 || words[^1].End != dot)
        {
            return true;
        }

        var word = words[^1].Form;
        if (word.Length == 1)
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return !NameVocabulary.Honorifics.Contains(lower) && !LegalForms.IsWord(lower);
    }

    /// <summary>Whether a legal form's word comes next ("Kave, S.A.", "Acme, Inc."): a comma before it is inside the company's name.</summary>
    private static bool LegalFormFollows(string text, int from)
    {
        var k = from;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        var start = k;
        while (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        return k > start && LegalForms.IsWord(text[start..k].ToLowerInvariant());
    }

    private static bool BlankLineAfter(string text, int from, int newline)
    {
        for (var k = newline - 1; k >= from; k--)
        {
            if (text[k] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Per line, whether it has both upper- and lower-case letters (news prose), where names are capitalised.</summary>
    private static bool[] CasedLines(string text)
    {
        var lines = new List<bool>(16);
        bool upper = false, lower = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines.Add(upper && lower);
                upper = lower = false;
            }
            else if (char.IsLetter(c))
            {
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
            }
        }

        lines.Add(upper && lower);
        return [.. lines];
    }
}
