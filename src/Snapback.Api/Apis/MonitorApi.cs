using Microsoft.AspNetCore.Http.HttpResults;
using Snapback.Api.Auth;
using Snapback.Screening.Monitoring;

namespace Snapback.Api.Apis;

/// <summary>Monitoring runs: read them (viewer) and run the pending ones now (analyst) rather than waiting for the background service.</summary>
internal static class MonitorApi
{
    public static IEndpointRouteBuilder MapMonitorApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/monitor").WithTags("Monitoring").RequireAuthorization(ApiPolicies.Viewer);
        read.MapGet("/runs", ListRuns).WithName("ListMonitorRuns")
            .WithSummary("Monitoring runs, newest first: the list change, state, counts and time taken.");
        read.MapGet("/runs/{id:long}", GetRun).WithName("GetMonitorRun").WithSummary("A monitoring run with the alerts it raised, updated or closed.");
        var write = app.MapGroup("/api/monitor").WithTags("Monitoring").RequireAuthorization(ApiPolicies.Analyst);
        write.MapPost("/run", RunPending).WithName("RunMonitor")
            .WithSummary("Runs every pending monitoring run (resuming one stopped half way) and returns them as they ended.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<MonitorRun>>> ListRuns(int? limit, MonitorService monitor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await monitor.ListAsync(Math.Clamp(limit ?? 50, 1, 1000), cancellationToken));

    public static async Task<Results<Ok<MonitorRunDetail>, NotFound>> GetRun(long id, MonitorService monitor, CancellationToken cancellationToken) =>
        await monitor.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(new MonitorRunDetail(found.Run, found.Alerts))
            : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<MonitorRun>>> RunPending(MonitorService monitor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await monitor.RunPendingAsync(cancellationToken));
}
