namespace Snapback.Matching.Text;

/// <summary>
/// The base forms a word of running text may stand for: Russian nouns and adjectives change their ending with the case
/// ("Путина" is "Путин", "Навального" is "Навальный", "Ивановой" is "Иванова"). The candidates are checked against the index,
/// which keeps the one that pairs best; a word that is already a listed form keeps itself.
/// </summary>
internal static class WordForms
{
    // Ending and the base ending it replaces, longest endings first.
    private static readonly (string Ending, string Base)[] RussianEndings =
    [
        ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
        ("ого", "ый"), ("ому", "ый"), ("ого", "ий"), ("ему", "ий"), ("его", "ий"),
        ("ией", "ия"), ("ии", "ия"), ("ию", "ия"),
        ("ой", "а"), ("ей", "а"), ("ую", "а"), ("ым", "ый"), ("ым", ""), ("им", "ий"), ("ом", ""), ("ем", "й"), ("ем", "ь"),
        ("а", ""), ("у", ""), ("е", ""), ("ы", "а"), ("и", "а"), ("е", "а"), ("у", "а"), ("я", "й"), ("ю", "й"), ("е", "й"),
        ("я", "ь"), ("ю", "ь"), ("е", "ь"),
    ];

    /// <summary>The word itself first, then for a Cyrillic word of five letters or more its possible base forms.</summary>
    public static IEnumerable<string> Candidates(string word)
    {
        yield return word;
        if (word.Length < 5 || !IsCyrillic(word[^1]))
        {
            yield break;
        }

        foreach (var (ending, baseEnding) in RussianEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && ending != baseEnding)
            {
                yield return string.Concat(word.AsSpan(0, word.Length - ending.Length), baseEnding);
            }
        }
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
