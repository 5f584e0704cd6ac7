using Microsoft.AspNetCore.Http.HttpResults;
using Snapback.Api.Auth;
using Snapback.Api.Hosting;
using Snapback.Api.Lists;
using Snapback.Api.Problems;
using Snapback.Screening.Lists;

namespace Snapback.Api.Apis;

/// <summary>Lists and their snapshots, diffs between snapshots (viewer), and list updates (admin).</summary>
internal static class ListsApi
{
    public static IEndpointRouteBuilder MapListsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/lists").WithTags("Lists");
        api.MapGet("/", GetLists).WithName("GetLists").RequireAuthorization(ApiPolicies.Viewer)
            .WithSummary("Every list: its freshness (publication date, last check, last successful download, last error, stale) "
                + "and its stored snapshots (publication date, import time, counts), newest first.");
        api.MapGet("/{source}/diff", GetDiff).WithName("GetListDiff").RequireAuthorization(ApiPolicies.Viewer)
            .WithSummary("What changed on a list between two snapshots (ids or dates; default: the newest two): added, removed, changed.");
        api.MapPost("/update", UpdateLists).WithName("UpdateLists").RequireAuthorization(ApiPolicies.Admin)
            .WithSummary("Downloads the official lists (or one source), imports new publications and swaps them into screening.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ListSummary>>> GetLists(ListCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(cancellationToken));

    /// <param name="source">e.g. <c>un</c>, <c>ofac-sdn</c>.</param>
    /// <param name="from">Snapshot id or date; default the snapshot before <paramref name="to"/>.</param>
    /// <param name="to">Snapshot id or date; default the newest.</param>
    public static async Task<Results<Ok<ListDiffReport>, ValidationProblem, ProblemHttpResult>> GetDiff(
        string source, string? from, string? to, ListCatalog catalog, CancellationToken cancellationToken)
    {
        try
        {
            var report = await catalog.DiffAsync(source, from, to, cancellationToken);
            return report is null
                ? TypedResults.Problem(
                    $"'{source}' has fewer than two stored snapshots to compare.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
                : TypedResults.Ok(report);
        }
        catch (FieldException problem)
        {
            return problem.ToProblem();
        }
    }

    /// <param name="source">One source to update; every configured source when absent.</param>
    public static async Task<Results<Ok<IReadOnlyList<SourceUpdateResult>>, ValidationProblem, ProblemHttpResult>> UpdateLists(
        string? source, ListUpdateRunner updates, HttpContext context, CancellationToken cancellationToken)
    {
        if (source is not null && !updates.Sources.Contains(source, StringComparer.Ordinal))
        {
            return new FieldException(
                "source", $"'{source}' has no download address; configured: {string.Join(", ", updates.Sources)}").ToProblem();
        }

        var results = await updates.RunAsync(source, ApiKeyPrincipal.Actor(context.User), cancellationToken);
        return results is null
            ? TypedResults.Problem("A list update is already running.", statusCode: StatusCodes.Status409Conflict, title: "Update running")
            : TypedResults.Ok(results);
    }
}
