namespace Snapback.Api.Hosting;

/// <summary>
/// Sends the usual security headers on every answer: no MIME sniffing, no referrer, never framed, and a content security policy that
/// lets the UI load only its own scripts, styles and images and post forms only to itself. API answers allow nothing to load at all;
/// the API reference (<c>/scalar</c>) brings its own inline script, so it gets only the framing rule.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string UiPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        + "form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase)
            ? "frame-ancestors 'none'"
            : UiPaths.IsUi(context) ? UiPolicy : ApiPolicy;
        return next(context);
    }
}
