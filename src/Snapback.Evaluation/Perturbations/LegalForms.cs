using System.Buffers;
using Snapback.Evaluation.Keyboard;
using Snapback.Evaluation.Names;

namespace Snapback.Evaluation.Perturbations;

/// <summary>
/// The words of company names that say what kind of body it is rather than which one (legal forms and generic words), in
/// the languages of the lists, and misspellings of them.
/// </summary>
public static class LegalForms
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Legal-form and generic words of five or more letters, in capitals.</summary>
    public static IReadOnlySet<string> Words { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "LIMITED", "COMPANY", "CORPORATION", "INCORPORATED", "JOINT", "STOCK", "LIABILITY", "PUBLIC", "PRIVATE", "CLOSED",
        "SOCIETY", "ENTERPRISE", "ENTERPRISES", "HOLDING", "HOLDINGS", "INDUSTRIES", "INDUSTRIAL", "INTERNATIONAL", "TRADING",
        "GROUP", "PARTNERSHIP", "COOPERATIVE", "ASSOCIATION", "FOUNDATION", "ORGANIZATION", "ORGANISATION", "FEDERAL", "STATE",
        "UNITARY", "BUDGETARY", "INSTITUTION", "SCIENTIFIC", "RESEARCH", "PRODUCTION", "COMMERCIAL", "AGENCY", "SERVICES",
        "AKTSIONERNOE", "AKTSIONERNOYE", "OBSHCHESTVO", "OTVETSTVENNOSTYU", "OGRANICHENNOI", "OGRANICHENNOY", "ZAKRYTOE",
        "OTKRYTOE", "PUBLICHNOE", "GOSUDARSTVENNOE", "UNITARNOE", "PREDPRIYATIE", "GESELLSCHAFT", "AKTIENGESELLSCHAFT",
        "SOCIETE", "ANONYME", "SOCIEDAD", "ANONIMA", "COMPANIA", "LIMITADA", "SHIRKAT", "SHERKAT", "MOASSESEH", "TEJARAT",
    };

    /// <summary>Whether <paramref name="name"/> holds at least one of <see cref="Words"/>.</summary>
    public static bool HasLegalFormWord(string name) => LegalFormWordIndexes(PlainNames.Tokens(name)).Length > 0;

    /// <summary>One legal-form or generic word of the name with one keyboard slip ("LMITED", "COMPNAY"), or null if it has none.</summary>
    public static string? Misspell(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        var words = PlainNames.Tokens(name);
        var candidates = LegalFormWordIndexes(words);
        if (candidates.Length == 0)
        {
            return null;
        }

        var index = candidates[random.Next(candidates.Length)];
        var word = words[index];
        var (start, length) = Core(word);
        var typed = KeyboardTypos.OneEdit(word.Substring(start, length), random);
        if (typed is null)
        {
            return null;
        }

        words[index] = word[..start] + typed + word[(start + length)..];
        return string.Join(' ', words);
    }

    private static int[] LegalFormWordIndexes(string[] words) =>
        [.. Enumerable.Range(0, words.Length).Where(i => Core(words[i]) is var (start, length) && length > 0
            && Words.Contains(words[i].Substring(start, length).ToUpperInvariant()))];

    // The letters of a word without the punctuation around it: LIMITED in "LIMITED," or COMPANY in "(COMPANY)".
    private static (int Start, int Length) Core(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetter(word[start]))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && !char.IsLetter(word[end - 1]))
        {
            end--;
        }

        return word.AsSpan(start, end - start).ContainsAnyExcept(Letters) ? (0, 0) : (start, end - start);
    }
}
