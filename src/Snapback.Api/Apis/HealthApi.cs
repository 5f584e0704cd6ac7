using Microsoft.AspNetCore.Http.HttpResults;
using Snapback.Api.Hosting;
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
            .WithSummary("Readiness: 200 once the lists are loaded into the screening index, 503 until then.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Ok<HealthStatus> Health(TimeProvider time) => TypedResults.Ok(new HealthStatus("healthy", time.GetUtcNow()));

    public static Results<Ok<ReadyStatus>, ProblemHttpResult> Ready(ScreeningService screening, ListIndexLoader loader) =>
        screening.Current is { } loaded
        ? TypedResults.Ok(new ReadyStatus(true, loaded.LoadedAt, loaded.Index.EntityCount, loaded.Snapshots))
        : TypedResults.Problem(
            loader.LastError is null ? "The lists are still loading." : "The lists are not loaded: " + loader.LastError,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Not ready");
}
