using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Screening.Scan;
using Snapback.Screening.Screen;

namespace Snapback.Api.Pages;

/// <summary>
/// Scan: finds mentions of listed parties in pasted free text, through the same use case as <c>POST /api/scan</c>, and shows the
/// text with each mention highlighted beside the list of mentions. A POST, so the text never appears in URLs or logs.
/// </summary>
internal sealed class ScanModel(ScreeningService screening) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public ScanResult? Result { get; private set; }

    public bool Ready => screening.IsReady;

    /// <summary>Per mentioned span, in text order, its mentions (one per listed entity).</summary>
    public IReadOnlyList<IReadOnlyList<ScanMention>> Spans { get; private set; } = [];

    /// <summary>The scanned text with its mentions marked.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Highlighted =>
        MentionHighlighter.Highlight(Text ?? string.Empty, [.. Spans.Select(static s => (s[0].Start, s[0].End))]);

    public void OnGet()
    {
    }

    public void OnPost()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "Paste a text to scan.");
            return;
        }

        if (TextScanner.TextError(Text) is { } error)
        {
            ModelState.AddModelError(nameof(Text), error);
            return;
        }

        if (!screening.IsReady)
        {
            return;
        }

        Result = new TextScanner(screening).Scan(new ScanRequest(null, Text));
        Spans = [.. Result.Mentions.GroupBy(static m => (m.Start, m.End)).OrderBy(static g => g.Key.Start).Select(static g => (IReadOnlyList<ScanMention>)[.. g])];
    }
}
