using Microsoft.AspNetCore.Http.HttpResults;
using Snapback.Api.Auth;
using Snapback.Api.Problems;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Ownership;

namespace Snapback.Api.Apis;

/// <summary>Ownership: import holdings (analyst), a party's status with its paths (viewer), ownership alerts on customers (analyst).</summary>
internal static class OwnershipApi
{
    /// <summary>The largest ownership file one import accepts: 512 MiB.</summary>
    public const long MaxImportBytes = 512L << 20;

    public static IEndpointRouteBuilder MapOwnershipApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/ownership").WithTags("Ownership").RequireAuthorization(ApiPolicies.Viewer);
        read.MapGet("/{id}", CheckParty).WithName("CheckOwnership")
            .WithSummary("Whether a party (listed id, customer:ID, party:NAME) is blocked, listed or by ownership, with the aggregate and the paths.");
        var write = app.MapGroup("/api/ownership").WithTags("Ownership").RequireAuthorization(ApiPolicies.Analyst);
        write.MapPost("/import", ImportOwnership).WithName("ImportOwnership")
            .WithSummary("Imports holdings, CSV (text/csv) or JSON Lines (application/x-ndjson), in one transaction; bad rows are reported.")
            .Accepts<string>("text/csv", "application/x-ndjson")
            .WithMetadata(new BodyLimit(MaxImportBytes));
        write.MapPost("/screen", ScreenOwnership).WithName("ScreenOwnership")
            .WithSummary("Raises an ownership alert on every customer the holdings block by ownership.");
        return app;
    }

    public static async Task<Results<Ok<OwnershipReport>, ValidationProblem>> CheckParty(
        string id, string? regime, OwnershipService ownership, CancellationToken cancellationToken)
    {
        var rule = OwnershipRegime.Find(regime ?? "ofac");
        if (rule is null)
        {
            return new FieldException("regime", "must be ofac, eu or uk").ToProblem();
        }

        var report = await ownership.CheckAsync(id, rule, cancellationToken);
        return report is null ? new FieldException("id", "a party id or name is required").ToProblem() : TypedResults.Ok(report);
    }

    public static async Task<Results<Ok<OwnershipImportResult>, ValidationProblem, ProblemHttpResult>> ImportOwnership(
        HttpRequest request, OwnershipImporter importer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ImportContentTypes.Format(request.ContentType) is not { } format)
        {
            return new FieldException("content-type", "send text/csv or application/x-ndjson").ToProblem();
        }

        try
        {
            return TypedResults.Ok(await importer.ImportAsync(request.Body, format, "api", ApiKeyPrincipal.Actor(request.HttpContext.User), cancellationToken));
        }
        catch (CaseRuleException refused)
        {
            return CaseProblems.From(refused);
        }
    }

    public static async Task<Results<Ok<CustomerScreenResult>, ProblemHttpResult>> ScreenOwnership(
        OwnershipAlerts alerts, HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await alerts.ScreenAllAsync(ApiKeyPrincipal.Actor(context.User), cancellationToken));
        }
        catch (CaseRuleException refused)
        {
            return CaseProblems.From(refused);
        }
    }
}
