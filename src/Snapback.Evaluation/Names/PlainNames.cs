using System.Globalization;
using System.Text;

namespace Snapback.Evaluation.Names;

/// <summary>
/// The evaluation's own plain comparison of names: accents, apostrophes and case dropped, other punctuation made a space,
/// words in any order.
/// Two names with the same key are the same name written differently; nothing looser is assumed.
/// </summary>
public static class PlainNames
{
    /// <summary>The name's words: no accents or apostrophes, lower case, split at anything else not a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Accents, and the modifier letters romanisations use for ʿayn, hamza and soft signs (ʻ ʼ ʹ), are not letters of the name.
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol)
            {
                continue;
            }

            // An apostrophe joins the letters around it (O'Brien, Sa'id, Natal’ya); other marks separate words.
            if (c is '\'' or '’' or '‘' or '`' or '´')
            {
                continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The words sorted and joined by one space: equal keys mean the same words in any order.</summary>
    public static string Key(string name) => string.Join(' ', Words(name).Order(StringComparer.Ordinal));

    /// <summary>The name split at white space, as typed.</summary>
    public static string[] Tokens(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The number of letters in <paramref name="word"/>.</summary>
    public static int Letters(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Count(char.IsLetter);
    }
}
