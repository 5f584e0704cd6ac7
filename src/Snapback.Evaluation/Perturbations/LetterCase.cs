using System.Text;

namespace Snapback.Evaluation.Perturbations;

/// <summary>Upper, lower and title case of names, culture-free.</summary>
public static class LetterCase
{
    /// <summary>Each word's first letter (and each letter after a hyphen or apostrophe) upper case, the rest lower case.</summary>
    public static string Title(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var start = true;
        foreach (var c in text)
        {
            output.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            start = !char.IsLetter(c);
        }

        return output.ToString();
    }

    /// <summary>Text written the way <paramref name="model"/> is: all upper, all lower, or title case.</summary>
    public static string Like(string text, string model)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        var letters = model.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper))
        {
            return text.ToUpperInvariant();
        }

        return letters.Length > 0 && char.IsUpper(letters[0]) ? Title(text) : text.ToLowerInvariant();
    }
}
