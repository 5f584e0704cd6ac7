using System.Text;

namespace Snapback.Evaluation.Arabic;

/// <summary>
/// Writes a read Arabic name in Latin letters by ALA-LC, DIN 31635 or common English practice. The systems differ in
/// their letters for ج خ ش ث ذ غ ع ء ى ة, in the article (DIN assimilates it to a following sun letter), and in how
/// ʻAbd and al-Dīn compounds are joined.
/// </summary>
public static class ArabicRomanizer
{
    private const string SunLetters = "tṯdḏrzsšṣḍṭẓln";

    private static readonly (string AlaLc, string Din)[] DinLetters =
    [
        ("kh", "ḫ"), ("Kh", "Ḫ"), ("sh", "š"), ("Sh", "Š"), ("th", "ṯ"), ("Th", "Ṯ"), ("dh", "ḏ"), ("Dh", "Ḏ"), ("gh", "ġ"),
        ("Gh", "Ġ"), ("j", "ǧ"), ("J", "Ǧ"), ("ʻ", "ʿ"), ("ʼ", "ʾ"), ("á", "ā"),
    ];

    /// <summary>
    /// The name in Latin letters; <paramref name="random"/> picks among the spellings common practice allows
    /// (Abdul Rahman, Abdel Rahman, Abdulrahman; Al-, al-, El-).
    /// </summary>
    public static string Romanize(IReadOnlyList<ArabicNamePart> parts, ArabicSystem system, Random random)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(random);
        var words = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var next = i + 1 < parts.Count ? parts[i + 1] : (ArabicNamePart?)null;
            if (part.Word == ArabicNameWords.Abd && next is { } divine && (divine.Article || divine.Word == ArabicNameWords.Allah))
            {
                words.Add(AbdCompound(divine, system, random));
                i++;
            }
            else if (next is { Article: true } din && din.Word == ArabicNameWords.Din && system == ArabicSystem.CommonEnglish)
            {
                words.Add(DinCompound(part.Word, random));
                i++;
            }
            else
            {
                words.Add(Word(part, system, random));
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>A word's DIN 31635 form from its ALA-LC form.</summary>
    public static string Din(ArabicNameWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = new StringBuilder(word.AlaLc);
        foreach (var (alaLc, din) in DinLetters)
        {
            text.Replace(alaLc, din);
        }

        var form = text.ToString();
        return word.EndsInTaMarbuta && form.EndsWith("ah", StringComparison.Ordinal) ? form[..^1] : form;
    }

    private static string Word(ArabicNamePart part, ArabicSystem system, Random random)
    {
        var word = part.Word;
        switch (system)
        {
            case ArabicSystem.AlaLc:
                return part.Article ? "al-" + word.AlaLc : word.AlaLc;
            case ArabicSystem.Din31635:
                var din = Din(word);
                return part.Article ? DinArticle(din) + din : din;
            default:
                var common = word == ArabicNameWords.Ibn ? "bin" : word.Common;
                return part.Article ? CommonArticle(random) + common : common;
        }
    }

    private static string AbdCompound(ArabicNamePart divine, ArabicSystem system, Random random)
    {
        var allah = divine.Word == ArabicNameWords.Allah;
        switch (system)
        {
            case ArabicSystem.AlaLc:
                return allah ? "ʻAbd Allāh" : "ʻAbd al-" + divine.Word.AlaLc;
            case ArabicSystem.Din31635:
                var din = Din(divine.Word);
                return allah ? "ʿAbdallāh" : "ʿAbd " + DinArticle(din) + din;
            default:
                if (allah)
                {
                    return random.Next(2) == 0 ? "Abdullah" : "Abdallah";
                }

                var name = divine.Word.Common;
                return random.Next(4) switch
                {
                    0 => "Abdul " + name,
                    1 => "Abdel " + name,
                    2 => "Abd al-" + name,
                    _ => "Abdul" + name.ToLowerInvariant(),
                };
        }
    }

    private static string DinCompound(ArabicNameWord first, Random random) => random.Next(3) switch
    {
        0 => first.Common + "uddin",
        1 => first.Common + " al-Din",
        _ => first.Common + " Eddine",
    };

    private static string DinArticle(string word)
    {
        var first = word.TrimStart('ʿ', 'ʾ');
        return first.Length > 0 && SunLetters.Contains(char.ToLowerInvariant(first[0]), StringComparison.Ordinal)
            ? "a" + char.ToLowerInvariant(first[0]) + "-"
            : "al-";
    }

    private static string CommonArticle(Random random) => random.Next(3) switch
    {
        0 => "Al-",
        1 => "al-",
        _ => "El-",
    };
}
