using System.Text;

namespace Snapback.Throughput;

/// <summary>The ways a listed name reaches a screen misspelt: typos, reordered or dropped words, changed case.</summary>
internal static class NameNoise
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>One to three random perturbations of <paramref name="name"/>; never returns an empty name.</summary>
    public static string Perturb(string name, Random random)
    {
        var text = name;
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            text = random.Next(10) switch
            {
                < 5 => Typo(text, random),
                < 7 => Reorder(text),
                8 => DropWord(text, random),
                _ => random.Next(2) == 0 ? text.ToLowerInvariant() : text.ToUpperInvariant(),
            };
        }

        return string.IsNullOrWhiteSpace(text) ? name : text;
    }

    /// <summary>Deletes, doubles, swaps or replaces one letter, past the first so the name keeps its start.</summary>
    public static string Typo(string text, Random random)
    {
        if (text.Length < 4)
        {
            return text;
        }

        var at = 1 + random.Next(text.Length - 2);
        var builder = new StringBuilder(text);
        switch (random.Next(4))
        {
            case 0:
                builder.Remove(at, 1);
                break;
            case 1:
                builder.Insert(at, text[at]);
                break;
            case 2:
                (builder[at], builder[at + 1]) = (builder[at + 1], builder[at]);
                break;
            default:
                builder[at] = char.IsUpper(text[at]) ? char.ToUpperInvariant(Letters[random.Next(26)]) : Letters[random.Next(26)];
                break;
        }

        return builder.ToString();
    }

    /// <summary>"SURNAME, Given Middle" becomes "Given Middle SURNAME"; otherwise the last word moves to the front.</summary>
    private static string Reorder(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < text.Length - 1)
        {
            return text[(comma + 1)..].Trim() + " " + text[..comma].Trim();
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? text : words[^1] + " " + string.Join(' ', words[..^1]);
    }

    private static string DropWord(string text, Random random)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return text;
        }

        var drop = 1 + random.Next(words.Length - 2);
        return string.Join(' ', words.Where((_, i) => i != drop));
    }
}
