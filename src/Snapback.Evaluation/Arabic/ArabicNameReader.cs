using System.Collections.Immutable;
using System.Globalization;
using Snapback.Evaluation.Names;

namespace Snapback.Evaluation.Arabic;

/// <summary>
/// Reads an Arabic name, in Arabic script or in Latin letters, into words of <see cref="ArabicNameWords"/>; a name with any
/// word outside the table cannot be read. Latin compounds are taken apart the way they are written: Abdul Rahman,
/// Abdulrahman, Abdurrahman, Abdullah, Nuruddin, Al-Zawahiri, Alzawahiri, Ar-Rahman.
/// </summary>
public static class ArabicNameReader
{
    private static readonly string[] AbdWithArticle = ["abdul", "abdel", "abdal", "abdol", "abdil", "abdu"];
    private static readonly string[] AbdullahSpellings = ["abdullah", "abdallah", "abdulla", "abdalla", "abdellah"];
    private static readonly string[] DinSuffixes = ["uddin", "eddine", "eddin", "addin", "uddeen", "aldin", "uldin", "oddin"];
    private static readonly string[] Articles = ["al", "el", "ul"];

    /// <summary>The words of a name in Arabic script, or null if one of them is not in the table.</summary>
    public static ImmutableArray<ArabicNamePart>? FromArabic(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = ImmutableArray.CreateBuilder<ArabicNamePart>();
        foreach (var token in PlainNames.Tokens(name))
        {
            var key = ArabicLetters.Key(token);
            if (key == ArabicLetters.Key(ArabicNameWords.Allah.Arabic))
            {
                parts.Add(new(ArabicNameWords.Allah, false));
            }
            else if (key.StartsWith("عبدال", StringComparison.Ordinal) && Compound(key[5..]) is { } divine)
            {
                parts.Add(new(ArabicNameWords.Abd, false));
                parts.Add(divine);
            }
            else if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && key.Length > 3
                && ArabicNameWords.FromArabic(key[2..]) is { } withArticle)
            {
                parts.Add(new(withArticle, true));
            }
            else if (ArabicNameWords.FromArabic(key) is { } word)
            {
                parts.Add(new(word, false));
            }
            else
            {
                return null;
            }
        }

        return parts.Count == 0 ? null : parts.ToImmutable();
    }

    /// <summary>The words of a name in Latin letters, or null if one of them is not in the table.</summary>
    public static ImmutableArray<ArabicNamePart>? FromLatin(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Apostrophes and the ʿayn and hamza signs are not letters of the spelling: 'Abd, Sa'id, ʻAlī.
        var letters = new string([.. name.Where(static c => c is not ('\'' or '’' or '‘' or '`')
            && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ModifierLetter)]);
        var tokens = PlainNames.Words(letters);
        var parts = ImmutableArray.CreateBuilder<ArabicNamePart>();
        var article = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (next is not null && (Articles.Contains(t) || IsAssimilatedArticle(t, next)))
            {
                article = true;
                continue;
            }

            if (Read(t, article, parts) is not { } articleNext)
            {
                return null;
            }

            article = articleNext;
        }

        return parts.Count == 0 || article ? null : parts.ToImmutable();
    }

    // Adds the words of one Latin token; returns whether the next word takes the article (after Abdul), or null if unknown.
    private static bool? Read(string t, bool article, ImmutableArray<ArabicNamePart>.Builder parts)
    {
        if (AbdullahSpellings.Contains(t))
        {
            parts.Add(new(ArabicNameWords.Abd, false));
            parts.Add(new(ArabicNameWords.Allah, false));
            return false;
        }

        if (AbdWithArticle.Contains(t))
        {
            parts.Add(new(ArabicNameWords.Abd, false));
            return true;
        }

        if (ArabicNameWords.FromLatin(t) is { } word)
        {
            parts.Add(new(word, article && word != ArabicNameWords.Allah));
            return false;
        }

        foreach (var prefix in AbdWithArticle.Concat(["abdur", "abdus", "abdun", "abdut", "abdud", "abdush"]))
        {
            if (t.Length > prefix.Length + 2 && t.StartsWith(prefix, StringComparison.Ordinal)
                && ArabicNameWords.FromLatin(t[prefix.Length..]) is { } divine)
            {
                parts.Add(new(ArabicNameWords.Abd, false));
                parts.Add(new(divine, true));
                return false;
            }
        }

        foreach (var suffix in DinSuffixes)
        {
            if (t.Length > suffix.Length + 2 && t.EndsWith(suffix, StringComparison.Ordinal)
                && ArabicNameWords.FromLatin(t[..^suffix.Length]) is { } first)
            {
                parts.Add(new(first, article));
                parts.Add(new(ArabicNameWords.Din, true));
                return false;
            }
        }

        if (t.Length > 4 && (t.StartsWith("al", StringComparison.Ordinal) || t.StartsWith("el", StringComparison.Ordinal))
            && ArabicNameWords.FromLatin(t[2..]) is { } joined)
        {
            parts.Add(new(joined, true));
            return false;
        }

        return null;
    }

    // ar-Rahman, as-Sayyid, ash-Shami, ad-Din: the article written as the sun letter it turns into.
    private static bool IsAssimilatedArticle(string token, string next) =>
        token.Length is 2 or 3 && token[0] is 'a' or 'e' or 'u' && next.StartsWith(token[1..], StringComparison.Ordinal)
        && "tdrzsnl".Contains(token[1], StringComparison.Ordinal);

    private static ArabicNamePart? Compound(string rest)
    {
        if (rest == "له")
        {
            return new ArabicNamePart(ArabicNameWords.Allah, false);
        }

        return ArabicNameWords.FromArabic(rest) is { } word ? new ArabicNamePart(word, true) : null;
    }
}
