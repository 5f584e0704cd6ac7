using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Snapback.Api.Apis;
using Snapback.Api.Auth;
using Snapback.Api.Problems;
using Snapback.Screening.Scan;
using Snapback.Screening.Screen;

namespace Snapback.Api.Scan;

/// <summary>Free-text scanning: the mentions of listed parties in a news paragraph, a payment message or an invoice. Needs the analyst role.</summary>
internal static class ScanApi
{
    /// <summary>The largest request body: a text at <see cref="TextScanner.MaxTextLength"/> characters, in UTF-8 and JSON-escaped.</summary>
    public const long MaxBodyBytes = 6L * TextScanner.MaxTextLength;

    public static IEndpointRouteBuilder MapScanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scan").WithTags("Scanning").RequireAuthorization(ApiPolicies.Analyst);
        api.MapPost("/", Scan).WithName("Scan")
            .WithSummary("Finds mentions of listed parties in free text: each with its UTF-16 span, the words as written, the entity, score and explanation.")
            .WithMetadata(new BodyLimit(MaxBodyBytes));
        return app;
    }

    /// <param name="threshold">Lowest score reported, 0–1; the matcher's default when absent.</param>
    public static Results<Ok<ScanResult>, ValidationProblem, ProblemHttpResult> Scan(
        [FromBody] ScanRequest? request, double? threshold, ScreeningService screening)
    {
        if (request is null)
        {
            return new FieldException("body", "required: a JSON object with a text").ToProblem();
        }

        if ((ScreeningService.ThresholdError(threshold) ?? TextScanner.TextError(request.Text)) is { } error)
        {
            return ScreenErrors.ToField(error).ToProblem();
        }

        if (!screening.IsReady)
        {
            return NotReady.Problem();
        }

        var result = new TextScanner(screening).Scan(request, threshold);
        return result.Error is { } failed ? ScreenErrors.ToField(failed).ToProblem() : TypedResults.Ok(result);
    }
}
