using System.Text;
using Snapback.Evaluation.Names;

namespace Snapback.Evaluation.Perturbations;

/// <summary>
/// The ways a listed name reaches a screen written differently: another order, another case, no punctuation, initials, a
/// missing middle name, given and family name run together, a long word split in two. Each returns null where the change
/// does not apply to the name, and never the name unchanged.
/// </summary>
public static class NamePerturbations
{
    private const string Punctuation = "-‐‑–—'’‘`´.,\"“”„«»()/&:;";

    /// <summary>"FAMILY, Given", "Family Given" or the words shuffled.</summary>
    public static string? Reorder(PersonName name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        if (name.Given.IsEmpty)
        {
            return null;
        }

        var family = string.Join(' ', name.Family);
        var given = string.Join(' ', name.Given);
        switch (random.Next(3))
        {
            case 0:
                return family + ", " + given;
            case 1:
                return family + " " + given;
            default:
                var words = name.Words.ToArray();
                random.Shuffle(words);
                var shuffled = string.Join(' ', words);
                return shuffled == name.Display ? family + " " + given : shuffled;
        }
    }

    /// <summary>The name in upper, lower or title case, whichever of them differs from it.</summary>
    public static string? ChangeCase(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        string[] forms = [name.ToUpperInvariant(), name.ToLowerInvariant(), LetterCase.Title(name)];
        var different = forms.Where(f => !string.Equals(f, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        return different.Length == 0 ? null : different[random.Next(different.Length)];
    }

    /// <summary>
    /// Punctuation left out: hyphens and slashes either dropped or typed as spaces (one choice per name), every other mark
    /// dropped; null when the name has none.
    /// </summary>
    public static string? RemovePunctuation(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        if (!name.Any(static c => Punctuation.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var joinAsSpace = random.Next(2) == 0;
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!Punctuation.Contains(c, StringComparison.Ordinal))
            {
                text.Append(c);
            }
            else if (joinAsSpace && c is '-' or '‐' or '‑' or '–' or '—' or '/')
            {
                text.Append(' ');
            }
        }

        var result = string.Join(' ', PlainNames.Tokens(text.ToString()));
        return result.Length == 0 || result == name ? null : result;
    }

    /// <summary>Given names cut to initials ("R. KRSTIC", "R KRSTIC"), all of them or only the first.</summary>
    public static string? Initials(PersonName name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        if (name.Given.IsEmpty || name.Given.Any(static g => !char.IsLetter(g[0]) || PlainNames.Letters(g) < 2))
        {
            return null;
        }

        var dot = random.Next(2) == 0 ? "." : string.Empty;
        var onlyFirst = name.Given.Length > 1 && random.Next(2) == 0;
        var given = name.Given.Select((g, i) => onlyFirst && i > 0 ? g : char.ToUpperInvariant(g[0]) + dot);
        return string.Join(' ', given.Concat(name.Family));
    }

    /// <summary>A name of three or more words without one of its middle words.</summary>
    public static string? DropMiddleName(PersonName name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        var words = name.Words;
        if (words.Length < 3)
        {
            return null;
        }

        var drop = 1 + random.Next(words.Length - 2);
        return string.Join(' ', words.Where((_, i) => i != drop));
    }

    /// <summary>
    /// The last given name and the first family name run together as one word: in mixed case, given names in title case
    /// and family names in capitals ("RadislavKRSTIC"), or the whole name in one case ("RADISLAVKRSTIC", "radislavkrstic").
    /// </summary>
    public static string? MergeGivenAndFamily(PersonName name, bool mixedCase, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        if (name.Given.IsEmpty || !char.IsLetter(name.Given[^1][^1]) || !char.IsLetter(name.Family[0][0]))
        {
            return null;
        }

        var given = mixedCase ? name.Given.Select(LetterCase.Title).ToArray() : [.. name.Given];
        var family = mixedCase ? name.Family.Select(static f => f.ToUpperInvariant()).ToArray() : [.. name.Family];
        var words = given[..^1].Append(given[^1] + family[0]).Concat(family[1..]);
        var merged = string.Join(' ', words);
        return mixedCase ? merged : random.Next(2) == 0 ? merged.ToUpperInvariant() : merged.ToLowerInvariant();
    }

    /// <summary>One word of six or more letters split in two, each part at least three letters long.</summary>
    public static string? SplitWord(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        var words = PlainNames.Tokens(name);
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 6 && words[i].All(char.IsLetter)).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var index = candidates[random.Next(candidates.Length)];
        var word = words[index];
        var cut = 3 + random.Next(word.Length - 5);
        words[index] = word[..cut] + " " + word[cut..];
        return string.Join(' ', words);
    }
}
