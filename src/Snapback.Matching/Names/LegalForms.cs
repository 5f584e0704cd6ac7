using System.Collections.Frozen;

namespace Snapback.Matching.Names;

/// <summary>
/// Company legal forms across languages and scripts (after transliteration), each mapped to one canonical code, so
/// OOO = LLC = Limited Liability Company = ООО. Legal forms are taken out of a name before it is compared: a shared
/// "LLC" says nothing about identity, and a different one (OAO vs JSC) is usually a re-registration of the same company.
/// </summary>
internal static class LegalForms
{
    private static readonly (string Phrase, string Code)[] Table =
    [
        ("llc", "LLC"), ("l l c", "LLC"), ("limited liability company", "LLC"), ("limited liability co", "LLC"), ("ooo", "LLC"),
        ("tov", "LLC"), ("too", "LLC"), ("obshchestvo s ogranichennoi otvetstvennostiu", "LLC"),
        ("obshchestvo s ogranichennoy otvetstvennostyu", "LLC"), ("tovarystvo z obmezhenoiu vidpovidalnistiu", "LLC"),
        ("sp z o o", "LLC"), ("spzoo", "LLC"), ("sro", "LLC"), ("s r o", "LLC"), ("srl", "LLC"), ("s r l", "LLC"), ("sarl", "LLC"),
        ("s a r l", "LLC"), ("gmbh", "LLC"), ("gesellschaft mit beschrankter haftung", "LLC"), ("bv", "LLC"), ("b v", "LLC"),
        ("limited liability partnership", "LLP"), ("llp", "LLP"), ("lp", "LP"), ("limited partnership", "LP"),
        ("ltd", "LTD"), ("limited", "LTD"), ("ltda", "LTD"), ("limitada", "LTD"), ("private limited", "LTD"), ("pvt ltd", "LTD"), ("pvt", "LTD"),
        ("pte ltd", "LTD"), ("pte", "LTD"), ("pty ltd", "LTD"), ("pty", "LTD"), ("co ltd", "LTD"), ("co limited", "LTD"), ("company limited", "LTD"),
        ("plc", "PLC"), ("public limited company", "PLC"),
        ("jsc", "JSC"), ("joint stock company", "JSC"), ("joint stock co", "JSC"), ("ao", "JSC"), ("aktsionernoe obshchestvo", "JSC"),
        ("aktsionernoye obshchestvo", "JSC"), ("ojsc", "JSC"), ("oao", "JSC"), ("open joint stock company", "JSC"),
        ("otkrytoe aktsionernoe obshchestvo", "JSC"), ("cjsc", "JSC"), ("zao", "JSC"), ("closed joint stock company", "JSC"),
        ("zakrytoe aktsionernoe obshchestvo", "JSC"), ("pjsc", "JSC"), ("pao", "JSC"), ("public joint stock company", "JSC"),
        ("publichnoe aktsionernoe obshchestvo", "JSC"), ("pat", "JSC"), ("prat", "JSC"), ("jscb", "JSC"),
        ("ag", "AG"), ("aktiengesellschaft", "AG"), ("sa", "SA"), ("s a", "SA"), ("sociedad anonima", "SA"), ("societe anonyme", "SA"),
        ("spa", "SA"), ("s p a", "SA"), ("nv", "SA"), ("n v", "SA"), ("sas", "SA"), ("sal", "SA"), ("s a l", "SA"), ("as", "SA"),
        ("asa", "SA"), ("ab", "SA"), ("oy", "SA"), ("oyj", "SA"), ("kg", "KG"), ("ohg", "KG"), ("gmbh co kg", "KG"),
        ("inc", "INC"), ("incorporated", "INC"), ("corp", "CORP"), ("corporation", "CORP"), ("co", "CO"), ("company", "CO"),
        ("cie", "CO"), ("fze", "FZE"), ("fzco", "FZE"), ("fzc", "FZE"), ("fz llc", "FZE"), ("fz", "FZE"), ("dmcc", "FZE"),
        ("free zone establishment", "FZE"), ("free zone company", "FZE"), ("est", "EST"), ("establishment", "EST"),
        ("sdn bhd", "LTD"), ("bhd", "LTD"), ("tbk", "LTD"), ("pt", "LTD"), ("gie", "CO"), ("sti", "LTD"), ("ltd sti", "LTD"),
        ("sirketi", "CO"), ("as", "SA"), ("llc fz", "FZE"), ("fgup", "SUE"), ("gup", "SUE"), ("mup", "SUE"),
        ("federal state unitary enterprise", "SUE"), ("state unitary enterprise", "SUE"), ("unitary enterprise", "SUE"),
        ("ano", "ANO"), ("autonomous non profit organization", "ANO"), ("autonomous non profit organisation", "ANO"),
    ];

    /// <summary>Phrases by first token, longest first, so a greedy scan takes the longest legal form.</summary>
    private static readonly FrozenDictionary<string, (string[] Tokens, string Code)[]> ByFirstToken = Table
        .Select(static e => (Tokens: e.Phrase.Split(' '), e.Code))
        .GroupBy(static e => e.Tokens[0], StringComparer.Ordinal)
        .ToFrozenDictionary(
            static g => g.Key,
            static g => g.DistinctBy(static e => string.Join(' ', e.Tokens), StringComparer.Ordinal).OrderByDescending(static e => e.Tokens.Length).ToArray(),
            StringComparer.Ordinal);

    // Short codes that are also words in person names: taken out of a name of unknown kind only at its start or end.
    private static readonly FrozenSet<string> Ambiguous = FrozenSet.ToFrozenSet(
        ["as", "ab", "pt", "ano", "co", "sa", "oy", "kg", "lp", "fz", "gie", "tov", "spa", "ag", "ao", "sti", "nv", "bv"],
        StringComparer.Ordinal);

    // Given names first: only taken out of names known to be organisations.
    private static readonly FrozenSet<string> NameLike = FrozenSet.ToFrozenSet(["pat", "sal", "too", "est"], StringComparer.Ordinal);

    // Words of legal forms long enough to recognise misspelt (LMITED, COMPNAY, JOIOT STOCK) with one edit. A word that is a
    // legal form on its own must be longer, since a one-edit neighbour of a short word is often a word of a name.
    private static readonly string[] Correctable = [.. Table
        .SelectMany(static e => e.Phrase.Split(' ').Select(w => (Word: w, Alone: !e.Phrase.Contains(' ', StringComparison.Ordinal))))
        .GroupBy(static p => p.Word, StringComparer.Ordinal)
        .Where(static g => g.Key.Length >= (g.Any(static p => p.Alone) ? 7 : 5))
        .Select(static g => g.Key)];

    // Every name token of five letters or more is checked against each word: most are told apart by their letters alone.
    private static readonly uint[] CorrectableLetters = [.. Correctable.Select(LetterMask.Of)];

    private static readonly FrozenSet<string> Words = Table.SelectMany(static e => e.Phrase.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="token"/> is a word of some legal form (llc, limited, obshchestvo...).</summary>
    public static bool IsWord(string token) => Words.Contains(token);

    /// <summary>The legal-form word <paramref name="token"/> is a misspelling of (one edit), or the token itself.</summary>
    public static string Spelling(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < 5 || Words.Contains(token))
        {
            return token;
        }

        // The closest word wins, so a slip of one word is never taken for two slips of another.
        var best = token;
        var least = float.MaxValue;
        var letters = LetterMask.Of(token);
        for (var i = 0; i < Correctable.Length; i++)
        {
            var word = Correctable[i];
            var allowed = Allowed(word, token);
            if (Math.Abs(word.Length - token.Length) > allowed || !SameStart(word, token)
                || !LetterMask.MayBeWithin(letters, CorrectableLetters[i], allowed))
            {
                continue;
            }

            var d = Scoring.EditDistance.Compute(token, word, allowed);
            if (d <= allowed && d < least)
            {
                (best, least) = (word, d);
            }
        }

        return best;
    }

    // A long legal-form word (LIMITED, COMPANY, LIABILITY, CORPORATION) typed with two slips (LIMMITEED, LIIMETD, CKMPAN) is
    // still far from every word of a name, while a name of that length is rarely two slips from one: two edits from seven
    // letters, on both the word and the token, one below.
    private static float Allowed(string word, string token) => word.Length >= 7 && token.Length >= 6 ? 2 : 1;

    // The same first letter, or the first two letters swapped (OJINT, OCMPANY), or for a word of seven letters or more any first
    // letter (XOMPANY, DOMPANY): a slip at the start of a long legal-form word leaves it as recognisable as one further in.
    private static bool SameStart(string word, string token) =>
        word[0] == token[0] || word.Length >= 7 || (token.Length > 1 && token[0] == word[1] && token[1] == word[0]);

    /// <summary>The length and code of the longest legal form starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(IReadOnlyList<string> tokens, int start, bool organisation, out string code)
    {
        code = string.Empty;
        if (!ByFirstToken.TryGetValue(tokens[start], out var phrases))
        {
            return 0;
        }

        foreach (var (phrase, phraseCode) in phrases)
        {
            if (start + phrase.Length > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < phrase.Length && all; k++)
            {
                all = string.Equals(tokens[start + k], phrase[k], StringComparison.Ordinal);
            }

            var edge = start == 0 || start + phrase.Length == tokens.Count;
            var allowed = organisation || phrase.Length > 1
                || (!NameLike.Contains(phrase[0]) && (edge || !Ambiguous.Contains(phrase[0])));
            if (all && allowed)
            {
                code = phraseCode;
                return phrase.Length;
            }
        }

        return 0;
    }
}
