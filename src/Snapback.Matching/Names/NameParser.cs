using System.Text;
using Snapback.Matching.Normalization;
using Snapback.Matching.Transliteration;

namespace Snapback.Matching.Names;

/// <summary>Parses a name: normalise, drop honorifics, take out legal forms, assign roles and keys.</summary>
internal static class NameParser
{
    public static ParsedName Parse(string name, NameContext context)
    {
        var raw = NameNormalizer.Tokenize(name);
        var texts = new List<string>(raw.Count);
        foreach (var t in raw)
        {
            // Legal forms are recognised misspelt too, so that only the distinctive words of a company's name decide.
            texts.Add(context == NameContext.Person ? t.Text : LegalForms.Spelling(t.Text));
        }

        var tokens = new List<NameToken>(raw.Count);
        var legal = new List<string>(1);
        var family = FamilyTokens(name, raw);
        var familyByComma = family.Count > 0 && name.Contains(',', StringComparison.Ordinal);
        ulong familyMask = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var text = raw[i].Text;
            var code = string.Empty;
            var legalLength = raw.Count > 1 && context != NameContext.Person
                ? LegalForms.MatchAt(texts, i, context == NameContext.Organisation, out code)
                : 0;
            if (legalLength > 0 && legalLength < raw.Count)
            {
                legal.Add(code);
                i += legalLength - 1;
                continue;
            }

            // Titles precede the name; the same word further on is part of it (Missile General Bureau).
            // An abjad spelling romanized without its vowels is not the Latin title it may look like (عمر, "mr", is Umar).
            if (tokens.Count == 0 && !raw[i].Abjad && NameVocabulary.Honorifics.Contains(text) && i + 1 < raw.Count
                && context != NameContext.Organisation)
            {
                continue;
            }

            var token = MakeToken(raw[i], context != NameContext.Person);
            if (token.Role == TokenRole.Initial && familyByComma && family.Contains(i) && char.IsAsciiLetter(text[0]))
            {
                // A family name of one letter written before the comma ("O, Kuk-Ryol") is a name, not an initial.
                token = token with { Role = TokenRole.Name, Skeleton = PhoneticKey.SkeletonOf(text) };
            }

            if (family.Contains(i) && token.Role == TokenRole.Name && tokens.Count < 64)
            {
                familyMask |= 1ul << tokens.Count;
            }

            tokens.Add(token);
        }

        var compact = new StringBuilder(name.Length);
        var skeleton = new StringBuilder(name.Length);
        foreach (var t in tokens)
        {
            compact.Append(t.Text);
            if (t.Role != TokenRole.Particle)
            {
                // A word's initial waw, w or v is a consonant, which the skeleton drops as a long vowel: the names' consonants
                // run together keep it, as a word's skeleton pairs only with one that begins alike (TokenSimilarity).
                if (BeginsWithW(t))
                {
                    skeleton.Append('v');
                }

                skeleton.Append(t.Skeleton);
            }
        }

        return new ParsedName(name, [.. tokens], [.. legal], compact.ToString(), string.Concat(texts), skeleton.ToString(), familyMask, Compounds(tokens));
    }

    // Whether a word begins with the consonant w: waw not followed by the article (و "and" written onto a word), or w or v.
    private static bool BeginsWithW(in NameToken t) => t.Abjad
        ? Scoring.AbjadSpelling.BeginsWithWaw(t.Written) && !Scoring.AbjadSpelling.StartsWithConjunction(t.Written)
        : t.Text.Length > 0 && t.Text[0] is 'w' or 'v';

    private const string Article = "\u0627\u0644";

    private const string Allah = "\u0627\u0644\u0644\u0647";

    private const string Abu = "\u0627\u0628\u0648";

    /// <summary>The pairs of abjad words that Latin spellings write as one word, see <see cref="AbjadCompound"/>.</summary>
    private static AbjadCompound[]? Compounds(List<NameToken> tokens)
    {
        List<AbjadCompound>? found = null;
        for (var i = 0; i + 1 < tokens.Count && i + 1 < 32; i++)
        {
            var first = tokens[i];
            if (!first.Abjad || first.Role != TokenRole.Name || !tokens[i + 1].Abjad)
            {
                continue;
            }

            var next = Letters(tokens[i + 1].Written);
            string[] joined;
            int second;
            if (string.Equals(next, Article, StringComparison.Ordinal) && i + 2 < tokens.Count && i + 2 < 32
                && tokens[i + 2].Abjad && tokens[i + 2].Role == TokenRole.Name)
            {
                // The article is assimilated before a sun letter in speech, and many Latin spellings write it so (Abdurrahman).
                second = i + 2;
                var complement = Letters(tokens[second].Written);
                joined = complement.Length > 0 && IsSunLetter(complement[0])
                    ? [Letters(first.Written) + Article + complement, Letters(first.Written) + complement]
                    : [Letters(first.Written) + Article + complement];
            }
            else if (string.Equals(next, Allah, StringComparison.Ordinal)
                || (string.Equals(Letters(first.Written), Abu, StringComparison.Ordinal) && tokens[i + 1].Role == TokenRole.Name))
            {
                second = i + 1;
                joined = [Letters(first.Written) + next];
            }
            else
            {
                continue;
            }

            var skeletons = joined.SelectMany(static w => PhoneticKey.AbjadSkeletonsOf(w, static letter => NameNormalizer.Normalize(letter)))
                .Where(static k => k.Length >= 3).Distinct(StringComparer.Ordinal).ToArray();
            if (skeletons.Length > 0)
            {
                (found ??= []).Add(new AbjadCompound(i, second, skeletons));
            }
        }

        return found?.ToArray();
    }

    // The letters of an abjad word as written, its diacritics left out and its alef forms written as one.
    private static string Letters(string written)
    {
        var letters = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (char.IsLetter(c) && c != '\u0640')
            {
                letters.Append(c is '\u0623' or '\u0625' or '\u0622' or '\u0671' ? '\u0627' : c);
            }
        }

        return letters.ToString();
    }

    // The letters the Arabic article assimilates to: t th d dh r z s sh s d t z l n.
    private static bool IsSunLetter(char c) =>
        c is (>= '\u062A' and <= '\u062B') or (>= '\u062F' and <= '\u0638') or '\u0644' or '\u0646';

    /// <summary>Which raw tokens are the family name, when the way the name is written says so; otherwise none.</summary>
    private static HashSet<int> FamilyTokens(string name, List<RawToken> raw)
    {
        var family = new HashSet<int>();
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var before = NameNormalizer.Tokenize(name[..comma]).Count;
            if (before < raw.Count)
            {
                family.UnionWith(Enumerable.Range(0, before));
            }

            return family;
        }

        var upper = 0;
        var mixed = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var (letters, allUpper, anyLower) = CaseOf(raw[i].Written);
            if (letters >= 2 && allUpper)
            {
                family.Add(i);
                upper++;
            }
            else if (anyLower)
            {
                mixed++;
            }
        }

        if (upper == 0 || mixed == 0)
        {
            family.Clear();
        }

        return family;
    }

    // How many letters a word has, whether every one is upper case and whether any is lower case.
    private static (int Letters, bool AllUpper, bool AnyLower) CaseOf(string word)
    {
        var (letters, allUpper, anyLower) = (0, true, false);
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                allUpper &= char.IsUpper(c);
                anyLower |= char.IsLower(c);
            }
        }

        return (letters, allUpper, anyLower);
    }

    public static NameToken MakeToken(RawToken raw, bool genericWords)
    {
        var (text, abjad, written, otherScript) = raw;
        if (char.IsAsciiDigit(text[0]))
        {
            return new NameToken(text, text, text, TokenRole.Number, abjad, written, otherScript);
        }

        if (text.Length == 1)
        {
            // One letter of an abjad script is a word of one consonant (و, "and"), not the initial of a name.
            return abjad
                ? new NameToken(text, text, PhoneticKey.SkeletonOf(text), TokenRole.Particle, abjad, written, otherScript)
                : new NameToken(text, text, text, TokenRole.Initial, abjad, written, otherScript);
        }

        var spoken = abjad ? text : LatinDigraphs.Spell(written, text);
        var romanized = PhoneticKey.Romanized(spoken);
        var key = NameVocabulary.Equivalents.TryGetValue(romanized, out var canonical) ? canonical : romanized;
        var role = (abjad ? NameVocabulary.AbjadParticles : NameVocabulary.Particles).Contains(text) ? TokenRole.Particle
            : genericWords && NameVocabulary.Generic.Contains(text) ? TokenRole.Generic
            : NameVocabulary.IsPatronymic(spoken) ? TokenRole.Patronymic
            : TokenRole.Name;
        if (!abjad)
        {
            return new NameToken(text, key, PhoneticKey.SkeletonOf(text), role, abjad, written, otherScript)
            {
                Unlisted = role != TokenRole.Particle && TokenFrequencyTable.Reference.Count(key) == 0,
            };
        }

        var skeletons = PhoneticKey.AbjadSkeletonsOf(written, static letter => NameNormalizer.Normalize(letter));
        return new NameToken(text, key, skeletons[0], role, abjad, written, otherScript) { SkeletonAlternatives = skeletons[1..] };
    }
}
