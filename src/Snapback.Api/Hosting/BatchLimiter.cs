using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Snapback.Api.Problems;

namespace Snapback.Api.Hosting;

/// <summary>
/// Bounds the work batch requests can demand at once: <see cref="ApiOptions.MaxConcurrentBatches"/> batch or stream screens run, up to
/// <see cref="ApiOptions.BatchQueueLength"/> more wait their turn in arrival order, and the rest get a 503 problem with
/// <c>Retry-After</c>. Single screens, health and the UI are not limited, so they stay responsive while batches queue.
/// </summary>
internal static class BatchLimiter
{
    public const string Policy = "batch";

    /// <summary>Seconds a refused client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public static void Add(IServiceCollection services)
    {
        services.AddRateLimiter(static limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = static (context, _) => RejectAsync(context.HttpContext);
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>(static (limiter, api) =>
            limiter.AddConcurrencyLimiter(Policy, concurrency =>
            {
                concurrency.PermitLimit = api.Value.MaxConcurrentBatches;
                concurrency.QueueLimit = api.Value.BatchQueueLength;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            }));
    }

    private static ValueTask RejectAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ProblemResponse.WriteAsync(
            context,
            StatusCodes.Status503ServiceUnavailable,
            "Busy",
            $"Too many batch screens are running or waiting; try again in {RetryAfterSeconds} seconds, or screen fewer parties at a time.");
    }
}
