using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Snapback.Api.Pages;

/// <summary>A scanned text, HTML-encoded, with each mentioned span in a numbered &lt;mark&gt; linking to its entry in the list of mentions.</summary>
internal static class MentionHighlighter
{
    /// <param name="spans">Non-overlapping (start, end) spans in text order; the first is mention 1.</param>
    public static IHtmlContent Highlight(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var html = new StringBuilder(text.Length + (spans.Count * 64));
        var at = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            html.Append(HtmlEncoder.Default.Encode(text[at..start]))
                .Append("<mark id=\"mention-").Append(i + 1).Append("\" data-mention=\"").Append(i + 1)
                .Append("\"><a href=\"#mention-item-").Append(i + 1).Append("\">")
                .Append(HtmlEncoder.Default.Encode(text[start..end]))
                .Append("</a></mark>");
            at = end;
        }

        html.Append(HtmlEncoder.Default.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }
}
