using Microsoft.Net.Http.Headers;
using Snapback.Api.Problems;

namespace Snapback.Api.Hosting;

/// <summary>
/// Refuses a request body whose <c>Content-Type</c> names a charset other than UTF-8 (or its ASCII subset) with a 415, before anything
/// reads it: JSON is UTF-8 (RFC 8259), and an unknown charset such as <c>charset=bogus</c> would otherwise fail deep in the body
/// reader as a 500. API requests get a problem naming the charset; UI requests get the error page.
/// </summary>
internal sealed class RequestCharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var charset = Charset(context.Request.ContentType);
        if (charset is null || IsUtf8(charset))
        {
            await next(context);
            return;
        }

        if (UiPaths.IsUi(context))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        await ProblemResponse.WriteAsync(
            context,
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported media type",
            $"The body's charset '{charset}' is not supported; send UTF-8 (Content-Type: application/json; charset=utf-8).");
    }

    private static string? Charset(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media) && media.Charset.HasValue
            ? HeaderUtilities.RemoveQuotes(media.Charset).Value?.Trim()
            : null;

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);
}
