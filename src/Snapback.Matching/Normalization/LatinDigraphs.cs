using System.Text;

namespace Snapback.Matching.Normalization;

/// <summary>
/// Latin letters with diacritics that stand for a sound English spelling writes with two letters. Scientific transliteration
/// of Cyrillic (ISO 9, and the Czech, Croatian or Slovene spellings it borrows) writes ч ш ж щ as č š ž ŝ and я ю є as â û ê,
/// where the lists write ch, sh, zh, shch, ya, yu, ye: "Vâčeslavovič" is "Vyacheslavovich". Dropping the diacritic, as
/// the normaliser does, loses the second letter ("vaceslavovic"); the romanized key is taken from this spelling instead, while
/// the text keeps the plain letters, so that "Tešić" still equals "TESIC".
/// </summary>
internal static class LatinDigraphs
{
    /// <summary>
    /// <paramref name="written"/> with those letters spelt out, lower case and ASCII, when it holds any and is still one token;
    /// otherwise <paramref name="text"/>.
    /// </summary>
    public static string Spell(string written, string text)
    {
        if (written.AsSpan().IndexOfAny("čšžŝûâêČŠŽŜÛÂÊ") < 0)
        {
            return text;
        }

        var spelt = new StringBuilder(written.Length * 2);
        foreach (var c in written.ToLowerInvariant())
        {
            spelt.Append(c switch
            {
                'č' => "ch",
                'š' => "sh",
                'ž' => "zh",
                'ŝ' => "shch",
                'û' => "yu",
                'â' => "ya",
                'ê' => "ye",
                _ => c.ToString(),
            });
        }

        var tokens = NameNormalizer.Tokenize(spelt.ToString());
        return tokens.Count == 1 ? tokens[0].Text : text;
    }
}
