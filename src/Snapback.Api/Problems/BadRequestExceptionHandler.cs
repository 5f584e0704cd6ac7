using Microsoft.AspNetCore.Mvc;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Snapback.Api.Problems;

/// <summary>
/// Turns request-binding failures (bad JSON, a wrong type, an unparsable query value, a body too large) into problem details that
/// name the offending field, instead of an empty 400.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var field = FieldOf(bad);
        ProblemDetails problem = field is null
            ? new ProblemDetails { Detail = bad.Message }
            : new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [Describe(bad)] })
            {
                Detail = $"The field '{field}' is not valid.",
            };
        problem.Status = bad.StatusCode;
        problem.Title = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "Request body too large",
            StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
            _ => "Bad request",
        };
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = bad });
    }

    /// <summary>The JSON path of a malformed body ("parties[2].name"), or the query/route parameter that failed to bind.</summary>
    internal static string? FieldOf(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            if (Unreadable(json))
            {
                return "body";
            }

            var path = json.Path;
            return path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        }

        var match = ParameterPattern().Match(bad.Message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException { InnerException.InnerException: DecoderFallbackException } => "The body is not valid UTF-8 text.",
        JsonException json when Unreadable(json) => "The body does not parse as JSON: " + json.Message,
        JsonException { Path: null or "$" } => "The body is not valid JSON for this request.",
        JsonException => "The value has the wrong type or format.",
        _ => bad.Message,
    };

    // The reader's own errors (truncated or malformed JSON) and bytes that are not UTF-8 come wrapped in the serializer's exception;
    // a value of the wrong type does not. Either way the fault is the body as a whole, not the field the reader had got to.
    private static bool Unreadable(JsonException json) =>
        json.InnerException is JsonException || json.InnerException?.InnerException is DecoderFallbackException;

    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)"\s""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
