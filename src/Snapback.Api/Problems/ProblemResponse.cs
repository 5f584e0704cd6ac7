namespace Snapback.Api.Problems;

/// <summary>Writes a problem details answer from middleware, where no endpoint result is at hand.</summary>
internal static class ProblemResponse
{
    public static ValueTask WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
