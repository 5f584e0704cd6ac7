using System.Globalization;
using System.Text;

namespace Snapback.Evaluation.Cyrillic;

/// <summary>
/// Writes a Latin name in Russian Cyrillic the way a Russian-language document renders it: Russian names by undoing the
/// BGN/PCGN and passport spellings lists use (Kh, Zh, Ts, Shch, Ya, Yu, -iy, -yy, -ei), foreign names by common Russian
/// practice (J as Дж, W as В, X as Кс, C as Ц before e, i, y and К elsewhere, H as Х).
/// </summary>
public static class CyrillicRenderer
{
    private const string LatinVowels = "aeiouy";

    // Longest first: a rule applies where its Latin letters start.
    private static readonly (string Latin, string Cyrillic)[] Clusters =
    [
        ("shch", "щ"), ("sch", "ш"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("tz", "ц"),
        ("ph", "ф"), ("th", "т"), ("gh", "г"), ("dh", "д"), ("oo", "у"), ("ou", "у"), ("ck", "к"),
    ];

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['a'] = "а", ['b'] = "б", ['d'] = "д", ['e'] = "е", ['f'] = "ф", ['g'] = "г", ['h'] = "х", ['i'] = "и", ['j'] = "дж",
        ['k'] = "к", ['l'] = "л", ['m'] = "м", ['n'] = "н", ['o'] = "о", ['p'] = "п", ['q'] = "к", ['r'] = "р", ['s'] = "с",
        ['t'] = "т", ['u'] = "у", ['v'] = "в", ['w'] = "в", ['x'] = "кс", ['z'] = "з",
    };

    /// <summary>The name in Cyrillic, each word in the case pattern it had (capitals, title case or lower case).</summary>
    public static string Render(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var output = new StringBuilder(name.Length);
        var word = new StringBuilder();
        foreach (var c in Fold(name))
        {
            if (char.IsAsciiLetter(c) || c is '\'' or '’' or 'ʹ')
            {
                word.Append(c);
                continue;
            }

            output.Append(Word(word.ToString()));
            word.Clear();
            output.Append(c);
        }

        return output.Append(Word(word.ToString())).ToString();
    }

    private static string Word(string latin)
    {
        if (latin.Length == 0)
        {
            return latin;
        }

        var w = latin.ToLowerInvariant();
        var cyrillic = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length;)
        {
            var (text, used) = Next(w, i);
            cyrillic.Append(text);
            i += used;
        }

        return Perturbations.LetterCase.Like(cyrillic.ToString(), latin);
    }

    private static (string Text, int Used) Next(string w, int i)
    {
        var c = w[i];
        var prev = i > 0 ? w[i - 1] : '\0';
        var next = i + 1 < w.Length ? w[i + 1] : '\0';
        var atStart = i == 0;
        var afterVowel = prev != '\0' && LatinVowels.Contains(prev, StringComparison.Ordinal);
        if (c is '\'' or '’' or 'ʹ')
        {
            // A soft sign after a consonant (Il'ich); elsewhere the mark of an Arabic ayn or hamza ('Abd, Sa'id), not written.
            return (prev != '\0' && !LatinVowels.Contains(prev, StringComparison.Ordinal) ? "ь" : string.Empty, 1);
        }

        if (c == 'y')
        {
            // Ya, Yu, Ye, Yo are one letter; after a consonant Ye is ье (Vasilyev), elsewhere the iotated vowel.
            switch (next)
            {
                case 'a':
                    return ("я", 2);
                case 'u':
                    return ("ю", 2);
                case 'e':
                    return (atStart || afterVowel ? "е" : "ье", 2);
                case 'o':
                    return (atStart || afterVowel ? "йо" : "ё", 2);
                case 'i':
                    return (atStart || afterVowel ? "йи" : "ьи", 2);
            }

            // Y after a vowel closes it (Sergey, Yuriy); a final y after a consonant is -ий (Dmitry, Anatoly); elsewhere
            // after a consonant it is ы (Kadyrov, Belykh).
            if (afterVowel || atStart || prev == 'i')
            {
                return ("й", 1);
            }

            return (i + 1 == w.Length ? "ий" : "ы", 1);
        }

        if (c == 'i' && next == 'a' && i + 2 == w.Length)
        {
            return ("ия", 2);
        }

        // A final i after a vowel closes it, as y does (Andrei, Nikolai).
        if (c == 'i' && afterVowel && i + 1 == w.Length)
        {
            return ("й", 1);
        }

        if (c == 'c')
        {
            if (next == 'h' || next == 'k')
            {
                return Cluster(w, i) ?? ("к", 1);
            }

            return (next is 'e' or 'i' or 'y' ? "ц" : "к", 1);
        }

        if (Cluster(w, i) is { } cluster)
        {
            return cluster;
        }

        return Letters.TryGetValue(c, out var letter) ? (letter, 1) : (c.ToString(), 1);
    }

    private static (string, int)? Cluster(string w, int i)
    {
        foreach (var (latin, cyrillic) in Clusters)
        {
            if (string.CompareOrdinal(w, i, latin, 0, latin.Length) == 0)
            {
                return (cyrillic, latin.Length);
            }
        }

        return null;
    }

    // Latin letters with accents lose them (José -> Jose), so that only the letters above remain.
    private static string Fold(string name)
    {
        var output = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }
}
