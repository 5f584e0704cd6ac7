using Snapback.Evaluation.Keyboard;
using Snapback.Evaluation.Names;

namespace Snapback.Evaluation.Perturbations;

/// <summary>Keyboard slips in a name's words: one slip, two in one word, or one in each of two words.</summary>
public static class Typos
{
    /// <summary>Shortest word a slip is made in: a slip in a two- or three-letter word makes another word.</summary>
    public const int ShortestWord = 4;

    /// <summary>Shortest word two slips are made in, a name of ordinary length.</summary>
    public const int ShortestWordForTwo = 6;

    /// <summary>One slip in one word of four or more letters.</summary>
    public static string? OneEdit(string name, Random random) => InWords(name, random, 1, ShortestWord, KeyboardTypos.OneEdit);

    /// <summary>Two slips in the same word of six or more letters.</summary>
    public static string? TwoEditsInOneWord(string name, Random random) =>
        InWords(name, random, 1, ShortestWordForTwo, KeyboardTypos.TwoEdits);

    /// <summary>One slip in each of two different words of four or more letters.</summary>
    public static string? OneEditInEachOfTwoWords(string name, Random random) =>
        InWords(name, random, 2, ShortestWord, KeyboardTypos.OneEdit);

    private static string? InWords(string name, Random random, int count, int shortest, Func<string, Random, string?> slip)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        var words = PlainNames.Tokens(name);
        var candidates = Enumerable.Range(0, words.Length).Where(i => PlainNames.Letters(words[i]) >= shortest).ToArray();
        if (candidates.Length < count)
        {
            return null;
        }

        random.Shuffle(candidates);
        foreach (var index in candidates[..count])
        {
            if (slip(words[index], random) is not { } typed)
            {
                return null;
            }

            words[index] = typed;
        }

        return string.Join(' ', words);
    }
}
