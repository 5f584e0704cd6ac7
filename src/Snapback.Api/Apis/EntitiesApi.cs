using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Snapback.Api.Auth;
using Snapback.Api.Entities;
using Snapback.Api.Problems;

namespace Snapback.Api.Apis;

/// <summary>Listed entities: every list an id is on, and its history across snapshots. Needs the viewer role.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Entities").RequireAuthorization(ApiPolicies.Viewer);
        api.MapGet("/{id}", GetEntity).WithName("GetEntity")
            .WithSummary("An entity as it stood at as_of (default now): its record, every list it is on, and its history across snapshots.");
        return app;
    }

    /// <param name="id">Source-qualified id, e.g. <c>un:IRi.001</c> or <c>ofac:36</c>.</param>
    /// <param name="asOf">A date (YYYY-MM-DD, end of that day UTC) or an ISO 8601 timestamp.</param>
    public static async Task<Results<Ok<EntityReport>, ValidationProblem, ProblemHttpResult>> GetEntity(
        string id, [FromQuery(Name = "as_of")] string? asOf, EntityReports reports, CancellationToken cancellationToken)
    {
        DateTimeOffset? moment;
        try
        {
            moment = AsOfDate.Parse(asOf, "as_of");
        }
        catch (FieldException problem)
        {
            return problem.ToProblem();
        }

        var report = await reports.FindAsync(id, moment, cancellationToken);
        return report is null
            ? TypedResults.Problem($"No stored snapshot of any list holds '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(report);
    }
}
