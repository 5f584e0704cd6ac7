using System.Text;

namespace Snapback.Evaluation.Keyboard;

/// <summary>Typing slips on a QWERTY keyboard: a neighbouring key, a letter dropped, doubled or two letters swapped.</summary>
public static class KeyboardTypos
{
    private const int Attempts = 40;

    private static readonly TypoKind[] Kinds = Enum.GetValues<TypoKind>();

    /// <summary>
    /// The word with one slip of <paramref name="kind"/> at letter <paramref name="at"/>, or null where that slip cannot happen
    /// there (not a letter; a swap of two equal letters; a drop that leaves under two letters). A substitution takes a
    /// neighbouring key chosen with <paramref name="random"/> and keeps the letter's case.
    /// </summary>
    public static string? Apply(string word, TypoKind kind, int at, Random random)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(random);
        if (at < 0 || at >= word.Length || !char.IsLetter(word[at]))
        {
            return null;
        }

        var text = new StringBuilder(word);
        switch (kind)
        {
            case TypoKind.Substitute:
                var keys = QwertyLayout.Neighbours(word[at]);
                if (keys.Length == 0)
                {
                    return null;
                }

                var key = keys[random.Next(keys.Length)];
                text[at] = char.IsUpper(word[at]) ? char.ToUpperInvariant(key) : key;
                break;
            case TypoKind.Drop:
                if (word.Length < 3)
                {
                    return null;
                }

                text.Remove(at, 1);
                break;
            case TypoKind.Double:
                text.Insert(at, word[at]);
                break;
            case TypoKind.Transpose:
                if (at + 1 >= word.Length || !char.IsLetter(word[at + 1])
                    || char.ToLowerInvariant(word[at]) == char.ToLowerInvariant(word[at + 1]))
                {
                    return null;
                }

                (text[at], text[at + 1]) = (word[at + 1], word[at]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a slip");
        }

        return text.ToString();
    }

    /// <summary>One slip of a random kind at a random letter: a word one edit away, or null if none could be made.</summary>
    public static string? OneEdit(string word, Random random)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(random);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var typed = Apply(word, Kinds[random.Next(Kinds.Length)], random.Next(word.Length), random);
            if (typed is not null && EditDistance.Between(Fold(word), Fold(typed)) == 1)
            {
                return typed;
            }
        }

        return null;
    }

    /// <summary>Two slips in the same word, so that it ends up exactly two edits away, or null if none could be made.</summary>
    public static string? TwoEdits(string word, Random random)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(random);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (OneEdit(word, random) is { } once && OneEdit(once, random) is { } twice
                && EditDistance.Between(Fold(word), Fold(twice)) == 2)
            {
                return twice;
            }
        }

        return null;
    }

    private static string Fold(string word) => word.ToLowerInvariant();
}
