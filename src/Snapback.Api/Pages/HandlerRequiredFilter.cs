using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Snapback.Api.Pages;

/// <summary>
/// A POST to a page that has no POST handler (the Entity or Changes page) answers 405 instead of rendering the page without its
/// data. Razor Pages would otherwise run such a page with no handler at all. The error page itself renders for any method.
/// </summary>
internal sealed class HandlerRequiredFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && context.HandlerInstance is not ErrorModel)
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
