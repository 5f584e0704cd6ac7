namespace Snapback.Api.Pages;

/// <summary>
/// The UI's pages answer GET, HEAD and POST only. Any other method (TRACE, OPTIONS, PUT…) gets a 405 with an <c>Allow</c> header
/// and a short text body, before authentication or the page runs, instead of running a page's view without its handler. The body is
/// written here rather than by the error page because MVC answers an OPTIONS request to any page, the error page included, with an
/// empty 200.
/// </summary>
internal sealed class PageMethodMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"405 Method not allowed: the pages answer {Allowed}.", context.RequestAborted);
    }
}
