using System.Text;

namespace Snapback.Matching.Evaluation;

/// <summary>
/// Writes a Latin name in Cyrillic or Arabic script with a small reverse table, the way a name appears in a document
/// issued in that script. The matcher must find the Latin listing from it; its own transliteration is AnyAscii, not this table.
/// </summary>
internal static class ScriptRenderer
{
    private static readonly (string Latin, string Cyrillic)[] CyrillicTable =
    [
        ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"),
        ("ye", "е"), ("iy", "ий"), ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
        ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
        ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("y", "ы"), ("q", "к"), ("x", "кс"),
    ];

    private static readonly (string Latin, string Arabic)[] ArabicTable =
    [
        ("kh", "خ"), ("sh", "ش"), ("th", "ث"), ("dh", "ذ"), ("gh", "غ"), ("ch", "تش"), ("ou", "و"), ("oo", "و"), ("ee", "ي"),
        ("b", "ب"), ("t", "ت"), ("j", "ج"), ("h", "ح"), ("d", "د"), ("r", "ر"), ("z", "ز"), ("s", "س"), ("f", "ف"), ("q", "ق"),
        ("k", "ك"), ("c", "ك"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("w", "و"), ("v", "و"), ("y", "ي"), ("p", "ب"), ("g", "غ"),
        ("x", "كس"), ("i", "ي"), ("u", "و"), ("o", "و"), ("a", ""), ("e", ""),
    ];

    public static string ToCyrillic(string latin) => Render(latin, CyrillicTable, arabic: false);

    public static string ToArabic(string latin) => Render(latin, ArabicTable, arabic: true);

    private static string Render(string latin, (string Latin, string Script)[] table, bool arabic)
    {
        var text = Normalization.NameNormalizer.Normalize(latin);
        var output = new StringBuilder(text.Length);
        var wordStart = true;
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == ' ')
            {
                output.Append(' ');
                wordStart = true;
                i++;
                continue;
            }

            // Arabic writes a word-initial vowel with alif; other short vowels are not written.
            if (arabic && wordStart && text[i] is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                output.Append('ا');
                i++;
                wordStart = false;
                continue;
            }

            var matched = false;
            foreach (var (from, to) in table)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    output.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                output.Append(text[i]);
                i++;
            }

            wordStart = false;
        }

        return output.ToString();
    }
}
