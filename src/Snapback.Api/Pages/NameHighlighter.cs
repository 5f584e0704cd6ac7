using System.Text;
using System.Text.Encodings.Web;
using AnyAscii;
using Microsoft.AspNetCore.Html;
using Snapback.Matching;
using Snapback.Matching.Explanation;

namespace Snapback.Api.Pages;

/// <summary>Marks, in a listed name as written, the words the matcher paired with the query (HTML-encoded, with &lt;mark&gt;).</summary>
internal static class NameHighlighter
{
    public static IHtmlContent Highlight(string name, MatchExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(explanation);
        var matched = explanation.Tokens
            .Where(static t => t.Method != MatchMethod.Unmatched && t.ListedToken is not null)
            .Select(static t => Fold(t.ListedToken!))
            .ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder(name.Length + 32);
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && IsWordChar(name[i]))
            {
                continue;
            }

            if (i > start)
            {
                var word = name[start..i];
                var marked = matched.Contains(Fold(word));
                html.Append(marked ? "<mark>" : "").Append(HtmlEncoder.Default.Encode(word)).Append(marked ? "</mark>" : "");
            }

            if (i < name.Length)
            {
                html.Append(HtmlEncoder.Default.Encode(name[i].ToString()));
            }

            start = i + 1;
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Lower-case ASCII letters and digits only, as the matcher's tokens are.</summary>
    internal static string Fold(string word)
    {
        var ascii = word.Transliterate();
        var folded = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '\'' or '\u2019'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
