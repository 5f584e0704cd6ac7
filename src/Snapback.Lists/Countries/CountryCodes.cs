using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Snapback.Lists.Countries;

/// <summary>
/// Resolves country names as sanctions lists write them ("Iran (Islamic Republic of)", "Korea, North", "Russian Federation",
/// "Ukrainian SSR (now Ukraine)", "Syrian") and ISO alpha-2/alpha-3 codes to ISO 3166-1 alpha-2. Culture-independent.
/// </summary>
/// <remarks>
/// Decisions: Crimea and Sevastopol resolve to UA (its internationally recognised state); West Bank and Gaza to PS; Kosovo to XK.
/// Former states resolve to their reserved codes (USSR → SU, Yugoslavia → YU) unless the text says what they are "now".
/// Text naming two countries ("Sudan/South Sudan", "Syrian, Turkish") is ambiguous and resolves to null.
/// </remarks>
public static class CountryCodes
{
    private static readonly FrozenDictionary<string, string> ByName = BuildKeys(withCodes: false);
    private static readonly FrozenDictionary<string, string> ByKey = BuildKeys(withCodes: true);
    private static readonly FrozenDictionary<string, string> Names = CountryTable.Rows
        .Select(static row => row.Split('|'))
        .ToFrozenDictionary(static parts => parts[0], static parts => parts[2], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoisePrefixes = FrozenSet.Create(StringComparer.Ordinal, "region", "former", "possibly", "in");

    /// <summary>Every alpha-2 code the table knows (ISO 3166-1 plus XK and the reserved codes of former states).</summary>
    public static IReadOnlyCollection<string> All => Names.Keys;

    /// <summary>The ISO 3166-1 alpha-2 code for a country name, demonym, alpha-2 or alpha-3 code; null when unknown or ambiguous.</summary>
    public static string? ToIso2(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }

        var text = nameOrCode.Trim();

        // "Ukrainian SSR (now Ukraine)", "Former USSR Currently Belarus": the current state wins.
        foreach (var marker in (string[])["now ", "currently "])
        {
            var now = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (now < 0 || (now > 0 && char.IsLetter(text[now - 1])))
            {
                continue;
            }

            var after = text[(now + marker.Length)..];
            var close = after.IndexOf(')', StringComparison.Ordinal);
            if (Lookup(close >= 0 ? after[..close] : after) is { } current)
            {
                return current;
            }
        }

        if (Lookup(text) is { } direct)
        {
            return direct;
        }

        // "Afghanistan (at time of listing)", "Pakistan. (": drop parenthesised notes and trailing punctuation.
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        var plain = paren > 0 ? text[..paren] : text;
        return (paren > 0 ? Lookup(plain) : null) ?? WithinText(Normalize(plain));
    }

    /// <summary>
    /// "Kuwaiti citizenship", "Latakia Province, Syria", "Syrian Arab Republic as of September 2015": the longest run of words
    /// naming a country, provided no other word names a different one ("Sudan/South Sudan", "Syrian, Turkish" stay null).
    /// Only names count here, never two-letter codes, so "as", "in" or "to" inside a note are not countries.
    /// </summary>
    private static string? WithinText(string normalized)
    {
        var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 12)
        {
            return null;
        }

        for (var length = tokens.Length - 1; length >= 1; length--)
        {
            for (var start = 0; start + length <= tokens.Length; start++)
            {
                if (!ByName.TryGetValue(SortTokens(string.Join(' ', tokens[start..(start + length)])), out var code))
                {
                    continue;
                }

                var others = tokens[..start].Concat(tokens[(start + length)..]);
                return others.Any(t => ByName.TryGetValue(t, out var other) && other != code) ? null : code;
            }
        }

        return null;
    }

    /// <summary>The English short name of an alpha-2 code (case-insensitive), or null when unknown.</summary>
    public static string? Name(string? iso2) =>
        iso2 is { Length: 2 } && Names.TryGetValue(iso2.ToUpperInvariant(), out var name) ? name : null;

    private static string? Lookup(string text)
    {
        var normalized = Normalize(text);
        if (ByKey.TryGetValue(SortTokens(normalized), out var code))
        {
            return code;
        }

        // "Region: Crimea", "former Yugoslavia", "Possibly Ethiopian".
        var space = normalized.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && NoisePrefixes.Contains(normalized[..space]) && ByKey.TryGetValue(SortTokens(normalized[(space + 1)..]), out code)
            ? code
            : null;
    }

    private static FrozenDictionary<string, string> BuildKeys(bool withCodes)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CountryTable.Rows)
        {
            var parts = row.Split('|');
            var iso2 = parts[0];
            if (withCodes)
            {
                keys[iso2.ToLowerInvariant()] = iso2;
                keys[parts[1].ToLowerInvariant()] = iso2;
            }

            keys.TryAdd(Key(parts[2]), iso2);
            if (parts.Length > 3)
            {
                foreach (var alias in parts[3].Split(';'))
                {
                    keys.TryAdd(Key(alias), iso2);
                }
            }
        }

        return keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Order-free key: "Korea, North" and "North Korea" meet, as do "Congo, Democratic Republic of the" and its long form.</summary>
    private static string Key(string text) => SortTokens(Normalize(text));

    private static string SortTokens(string normalized)
    {
        var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(static t => t is not ("the" or "of" or "and"))
            .Order(StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    /// <summary>Lower case, accents removed, apostrophes and dots dropped, other punctuation to spaces.</summary>
    private static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return sb.ToString().Trim();
    }
}
