using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Snapback.Api.Pages;

/// <summary>The UI's page for errors and bare status codes (404 and the like).</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The request could not be completed.";

    public string? TraceId { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Title, Message) = status switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request was not understood."),
            StatusCodes.Status413PayloadTooLarge => ("Too large", "The upload is larger than this service accepts."),
            _ => (Title, Message),
        };
    }
}
