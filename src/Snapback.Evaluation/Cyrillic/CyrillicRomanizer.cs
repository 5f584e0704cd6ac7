using System.Collections.Frozen;
using System.Text;

namespace Snapback.Evaluation.Cyrillic;

/// <summary>
/// Writes a Cyrillic name in Latin letters by one of the published systems, from the systems' own tables: ISO 9:1995,
/// GOST 7.79-2000 system B, BGN/PCGN and ALA-LC. Russian is the base table of each; Ukrainian and Belarusian names (told
/// apart by ї, є, ґ, і and ў) take those languages' values for the letters the systems treat differently.
/// </summary>
public static class CyrillicRomanizer
{
    private const string TieBar = "\u0361";

    // ISO 9:1995, table 1. It is language-independent by design: one letter per letter, diacritics where needed.
    private static readonly FrozenDictionary<char, string> Iso9 = Table(
        "а a", "б b", "в v", "г g", "ґ g\u0300", "д d", "ѓ ǵ", "ђ đ", "е e", "ё ë", "є ê", "ж ž", "з z", "ѕ ẑ", "и i", "і ì",
        "ї ï", "й j", "ј ǰ", "к k", "л l", "љ l\u0302", "м m", "н n", "њ n\u0302", "о o", "п p", "р r", "с s", "т t", "ќ ḱ",
        "ћ ć", "у u", "ў ŭ", "ф f", "х h", "ц c", "ч č", "џ d\u0302", "ш š", "щ ŝ", "ъ ʺ", "ы y", "ь ʹ", "э è", "ю û", "я â");

    // GOST 7.79-2000 system B, table 4 (Russian column); ц is "c" before i, e, y, j and "cz" elsewhere (see Map).
    private static readonly FrozenDictionary<char, string> GostB = Table(
        "а a", "б b", "в v", "г g", "ґ g`", "д d", "ѓ g`", "е e", "ё yo", "є ye", "ж zh", "з z", "ѕ z`", "и i", "і i", "ї yi",
        "й j", "ј j", "к k", "ќ k`", "л l", "љ l`", "м m", "н n", "њ n`", "о o", "п p", "р r", "с s", "т t", "у u", "ў u`",
        "ф f", "х x", "ц cz", "ч ch", "џ dh", "ш sh", "щ shh", "ъ ``", "ы y`", "ь `", "э e`", "ю yu", "я ya", "’ '");

    private static readonly FrozenDictionary<char, string> GostBUkrainian = Table("и y`");

    // BGN/PCGN 1947 for Russian; е and ё are "ye" and "yë" at the start of a word and after a vowel, й, ъ or ь (see Map).
    private static readonly FrozenDictionary<char, string> Bgn = Table(
        "а a", "б b", "в v", "г g", "д d", "е e", "ё ë", "ж zh", "з z", "и i", "й y", "к k", "л l", "м m", "н n", "о o", "п p",
        "р r", "с s", "т t", "у u", "ф f", "х kh", "ц ts", "ч ch", "ш sh", "щ shch", "ъ ”", "ы y", "ь ’", "э e", "ю yu", "я ya",
        "ґ g", "є ye", "і i", "ї yi", "ў w");

    // BGN/PCGN 1965 for Ukrainian: г is h, и is y, е is always e.
    private static readonly FrozenDictionary<char, string> BgnUkrainian = Table("г h", "и y", "’ ”");

    // BGN/PCGN 1979 for Belarusian: г is h, ў is w.
    private static readonly FrozenDictionary<char, string> BgnBelarusian = Table("г h");

    // ALA-LC for Russian, tie bars included.
    private static readonly FrozenDictionary<char, string> Lc = Table(
        "а a", "б b", "в v", "г g", "д d", "е e", "ё ë", "ж zh", "з z", "и i", "й ĭ", "к k", "л l", "м m", "н n", "о o", "п p",
        "р r", "с s", "т t", "у u", "ф f", "х kh", $"ц t{TieBar}s", "ч ch", "ш sh", "щ shch", "ъ ʺ", "ы y", "ь ʹ", "э ė",
        $"ю i{TieBar}u", $"я i{TieBar}a", "ґ g", $"є i{TieBar}e", "і i", "ї ï", "ў ŭ");

    // ALA-LC for Ukrainian: г is h, и is y; for Belarusian: г is h.
    private static readonly FrozenDictionary<char, string> LcUkrainian = Table("г h", "и y", "’ ˮ");

    private static readonly FrozenDictionary<char, string> LcBelarusian = Table("г h");

    private const string Vowels = "аеёиоуыэюяєіїў";

    /// <summary>The name in Latin letters by <paramref name="system"/>; letters that are not Cyrillic pass through.</summary>
    public static string Romanize(string name, CyrillicSystem system)
    {
        ArgumentNullException.ThrowIfNull(name);
        var language = LanguageOf(name);
        var output = new StringBuilder(name.Length * 2);
        var wordStart = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (i == 0 || !IsWordChar(name[i - 1]))
            {
                wordStart = i;
            }

            var c = name[i];
            var lower = char.ToLowerInvariant(c);
            var prev = i > 0 && IsWordChar(name[i - 1]) ? char.ToLowerInvariant(name[i - 1]) : '\0';
            var next = i + 1 < name.Length ? char.ToLowerInvariant(name[i + 1]) : '\0';
            if (Map(lower, prev, next, system, language) is not { } latin)
            {
                output.Append(c);
                continue;
            }

            output.Append(char.IsUpper(c) ? Capital(latin, AllCapitals(name, wordStart)) : latin);
        }

        return output.ToString();
    }

    internal static CyrillicLanguage LanguageOf(string name)
    {
        var text = name.ToLowerInvariant();
        if (text.Contains('ў', StringComparison.Ordinal))
        {
            return CyrillicLanguage.Belarusian;
        }

        // і is Ukrainian and Belarusian; with ы or э beside it the name is Belarusian, which has both (Рыгоравіч Лукашэнка).
        var hasI = text.Contains('і', StringComparison.Ordinal);
        if (hasI && text.AsSpan().IndexOfAny("ыэ") >= 0)
        {
            return CyrillicLanguage.Belarusian;
        }

        return text.AsSpan().IndexOfAny("їєґ") >= 0 || (hasI && text.AsSpan().IndexOfAny("ёъ") < 0)
            ? CyrillicLanguage.Ukrainian
            : CyrillicLanguage.Russian;
    }

    private static string? Map(char c, char prev, char next, CyrillicSystem system, CyrillicLanguage language)
    {
        switch (system)
        {
            case CyrillicSystem.Iso9:
                return Iso9.GetValueOrDefault(c);
            case CyrillicSystem.Gost779B:
                if (c == 'ц')
                {
                    return "иеыйієёюяїэ".Contains(next, StringComparison.Ordinal) ? "c" : "cz";
                }

                return (language == CyrillicLanguage.Ukrainian ? GostBUkrainian.GetValueOrDefault(c) : null) ?? GostB.GetValueOrDefault(c);
            case CyrillicSystem.BgnPcgn:
                var bgn = language switch
                {
                    CyrillicLanguage.Ukrainian => BgnUkrainian.GetValueOrDefault(c),
                    CyrillicLanguage.Belarusian => BgnBelarusian.GetValueOrDefault(c),
                    _ => null,
                };
                if (bgn is null && c is 'е' or 'ё' && language != CyrillicLanguage.Ukrainian
                    && (prev == '\0' || Vowels.Contains(prev, StringComparison.Ordinal) || prev is 'й' or 'ъ' or 'ь'))
                {
                    return c == 'е' ? "ye" : "yë";
                }

                return bgn ?? Bgn.GetValueOrDefault(c);
            case CyrillicSystem.LibraryOfCongress:
                var lc = language switch
                {
                    CyrillicLanguage.Ukrainian => LcUkrainian.GetValueOrDefault(c),
                    CyrillicLanguage.Belarusian => LcBelarusian.GetValueOrDefault(c),
                    _ => null,
                };
                return lc ?? Lc.GetValueOrDefault(c);
            default:
                throw new ArgumentOutOfRangeException(nameof(system), system, "not a Cyrillic romanisation system");
        }
    }

    // A capital letter's romanisation: all capitals inside a word in capitals ("ЩУКИН" -> "SHCHUKIN"), else only the first,
    // except that ALA-LC capitalises both letters joined by a tie bar (Цветаева -> T͡Svetaeva).
    private static string Capital(string latin, bool allCapitals)
    {
        if (allCapitals || latin.Contains(TieBar, StringComparison.Ordinal))
        {
            return latin.ToUpperInvariant();
        }

        var first = latin.AsSpan().IndexOfAnyExcept("ʺʹ”’`'");
        return first < 0
            ? latin
            : string.Concat(latin.AsSpan(0, first), char.ToUpperInvariant(latin[first]).ToString(), latin.AsSpan(first + 1));
    }

    private static bool AllCapitals(string name, int wordStart)
    {
        var letters = 0;
        for (var i = wordStart; i < name.Length && IsWordChar(name[i]); i++)
        {
            if (char.IsLetter(name[i]))
            {
                if (!char.IsUpper(name[i]))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '’' or '\'';

    private static FrozenDictionary<char, string> Table(params string[] pairs) =>
        pairs.ToFrozenDictionary(static p => p[0], static p => p[2..]);
}
