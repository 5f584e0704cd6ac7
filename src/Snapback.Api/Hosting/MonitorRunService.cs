using Snapback.Screening.Monitoring;

namespace Snapback.Api.Hosting;

/// <summary>
/// Runs the pending monitoring runs in the background: at start (a run a crash left half way resumes), then every
/// <see cref="Interval"/>, so a snapshot stored by the schedule, the API or the command line is monitored within that time. Runs are
/// rows in the store, so running this beside <c>snapback monitor run</c> or on a second node is safe: they share the pages.
/// </summary>
internal sealed partial class MonitorRunService(MonitorService monitor, TimeProvider time, ILogger<MonitorRunService> logger) : BackgroundService
{
    /// <summary>How often the store is checked for pending runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                foreach (var run in await monitor.RunPendingAsync(stoppingToken))
                {
                    LogCompleted(logger, run.Id, run.Source, run.Counts.AlertsCreated, run.Counts.AlertsUpdated, run.Counts.AlertsClosed, run.ElapsedMs);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The run keeps its cursor in the store; the next tick resumes it.
                LogFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Monitoring run {RunId} of {Source} completed: {Created} alerts created, {Updated} updated, {Closed} closed in {ElapsedMs} ms")]
    private static partial void LogCompleted(ILogger logger, long runId, string source, long created, long updated, long closed, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "A monitoring run failed; it resumes on the next check")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
