using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Snapback.Api.Pages;

/// <summary>The UI's page for errors and bare status codes (404 and the like).</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The request could not be completed.";

    public string? TraceId { get; private set; }

    // Runs for any method, also one the page has no handler for (a TRACE re-executed here as a 405).
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = int.TryParse(Request.Query["status"], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : (int?)null;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Title, Message) = status switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request was not understood."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This page answers GET and form posts only."),
            StatusCodes.Status413PayloadTooLarge => ("Too large", "The upload is larger than this service accepts."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type", "Send the form as UTF-8."),
            _ => (Title, Message),
        };
    }
}
