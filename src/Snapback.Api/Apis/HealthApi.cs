using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Snapback.Api.Hosting;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Api.Apis;

/// <summary><c>/health</c> (the process is up) and <c>/ready</c> (the lists are loaded), both without a key.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Health").AllowAnonymous();
        api.MapGet("/health", Health).WithName("Health").WithSummary("Liveness: the service process is answering.");
        api.MapGet("/ready", Ready).WithName("Ready")
            .WithSummary(
                "Readiness: 200 once the lists are loaded into the screening index, 503 until then; `lists` says whether any is stale.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Ok<HealthStatus> Health(TimeProvider time) => TypedResults.Ok(new HealthStatus("healthy", time.GetUtcNow()));

    public static async Task<Results<Ok<ReadyStatus>, ProblemHttpResult>> Ready(
        ScreeningService screening,
        ListIndexLoader loader,
        IListStore store,
        IOptions<ListScheduleOptions> schedule,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (screening.Current is not { } loaded)
        {
            return TypedResults.Problem(
                loader.LastError is null ? "The lists are still loading." : "The lists are not loaded: " + loader.LastError,
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Not ready");
        }

        var (lists, stale) = await FreshnessAsync(loaded.Snapshots, store, schedule.Value.StaleAfter, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new ReadyStatus(true, loaded.LoadedAt, loaded.Index.EntityCount, loaded.Snapshots, lists, stale));
    }

    // Stale lists keep the service ready: screening against the last publication beats no screening; the field lets monitors warn.
    private static async Task<(string Lists, IReadOnlyList<string> Stale)> FreshnessAsync(
        IReadOnlyList<ListSnapshot> inForce, IListStore store, TimeSpan staleAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var checks = (await store.ListFreshnessAsync(cancellationToken)).ToDictionary(static f => f.Source, StringComparer.Ordinal);
            IReadOnlyList<string> stale = [.. inForce.Select(static s => s.Source)
                .Where(source => ListFreshness.IsStale(checks.GetValueOrDefault(source), now, staleAfter))];
            return (stale.Count == 0 ? "current" : "stale", stale);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException)
        {
            return ("unknown", []);
        }
    }
}
