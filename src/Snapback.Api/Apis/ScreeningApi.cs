using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Snapback.Api.Auth;
using Snapback.Api.Hosting;
using Snapback.Api.Problems;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Api.Apis;

/// <summary>Screening: one party, a batch of up to 1,000, or a JSON Lines stream of any length. Needs the analyst role.</summary>
internal static class ScreeningApi
{
    public const string JsonLines = "application/x-ndjson";

    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<IOptions<ApiOptions>>().Value;
        var api = app.MapGroup("/api/screen").WithTags("Screening").RequireAuthorization(ApiPolicies.Analyst);
        api.MapPost("/", Screen).WithName("Screen")
            .WithSummary("Screens one party (name, optional kind, birth date, country, identifiers) against the lists in force.")
            .WithMetadata(new BodyLimit(limits.MaxScreenBodyBytes));
        api.MapPost("/batch", ScreenBatch).WithName("ScreenBatch")
            .WithSummary($"Screens up to {limits.MaxBatchParties} parties; results in request order.")
            .WithMetadata(new BodyLimit(limits.MaxBatchBodyBytes))
            .RequireRateLimiting(BatchLimiter.Policy);
        api.MapPost("/stream", ScreenStream).WithName("ScreenStream")
            .WithSummary("Screens a JSON Lines stream of parties and streams one JSON result line per input line, in order.")
            .Accepts<PartyRequest>(JsonLines)
            .Produces<PartyResult>(StatusCodes.Status200OK, JsonLines)
            .WithMetadata(new BodyLimit(limits.MaxStreamBodyBytes))
            .RequireRateLimiting(BatchLimiter.Policy);
        return app;
    }

    /// <param name="threshold">Lowest score reported, 0–1; the matcher's default when absent.</param>
    public static Results<Ok<PartyResult>, ValidationProblem, ProblemHttpResult> Screen(
        [FromBody] PartyRequest? party, double? threshold, ScreeningService screening)
    {
        if (party is null)
        {
            return Invalid(new FieldException("body", "required: a JSON object with at least a name"));
        }

        if (ScreeningService.ThresholdError(threshold) is { } thresholdError)
        {
            return Invalid(ScreenErrors.ToField(thresholdError));
        }

        if (PartyParser.TryParse(party, out var invalid) is null)
        {
            return Invalid(ScreenErrors.ToField(invalid!));
        }

        if (!screening.IsReady)
        {
            return NotReady.Problem();
        }

        var result = screening.Screen(party, threshold);
        return result.Error is { } error ? Invalid(ScreenErrors.ToField(error)) : TypedResults.Ok(result);
    }

    public static Results<Ok<BatchResponse>, ValidationProblem, ProblemHttpResult> ScreenBatch(
        [FromBody] BatchRequest? batch, double? threshold, ScreeningService screening, IOptions<ApiOptions> options)
    {
        var max = options.Value.MaxBatchParties;
        if (batch?.Parties is not { } parties)
        {
            return Invalid(new FieldException("parties", "required: an array of parties"));
        }

        if (parties.Count > max)
        {
            return Invalid(new FieldException(
                "parties", $"{parties.Count} parties; at most {max} per request (use /api/screen/stream for more)"));
        }

        if (ScreeningService.ThresholdError(threshold) is { } thresholdError)
        {
            return Invalid(ScreenErrors.ToField(thresholdError));
        }

        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i] is not { } party)
            {
                return Invalid(new FieldException($"parties[{i}]", "null; expected a party object"));
            }

            if (PartyParser.TryParse(party, out var error) is null)
            {
                return Invalid(ScreenErrors.ToField(error!, $"parties[{i}]."));
            }
        }

        if (!screening.IsReady)
        {
            return NotReady.Problem();
        }

        var results = new PartyResult[parties.Count];
        Parallel.For(
            0,
            parties.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.BatchParallelism },
            i => results[i] = screening.Screen(parties[i]!, threshold));
        return TypedResults.Ok(new BatchResponse(results));
    }

    public static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> ScreenStream(
        HttpContext context, double? threshold, ScreeningService screening, BatchScreener screener, CancellationToken cancellationToken)
    {
        if (ScreeningService.ThresholdError(threshold) is { } thresholdError)
        {
            return Invalid(ScreenErrors.ToField(thresholdError));
        }

        if (!screening.IsReady)
        {
            return NotReady.Problem();
        }

        context.Response.ContentType = JsonLines + "; charset=utf-8";

        // Headers go out before the first result, so a client sees at once that its stream was accepted and is being screened
        // (starting the response only buffers them; the flush sends them).
        await context.Response.StartAsync(cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
        // A streaming client sees results every few lines as they come.
        await using (var writer = new JsonLinesResultWriter(context.Response.Body, flushEvery: 64))
        {
            var rows = PartyFileReader.ReadAsync(context.Request.Body, PartyFileFormat.JsonLines, cancellationToken);
            await screener.RunAsync(rows, writer, threshold, null, cancellationToken);
        }

        return TypedResults.Empty;
    }

    private static ValidationProblem Invalid(FieldException problem) => problem.ToProblem();
}
