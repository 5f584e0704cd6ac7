using Snapback.Screening.Lists;

namespace Snapback.Api.Hosting;

/// <summary>
/// Keeps the lists current without a person: runs <see cref="ListUpdateSchedule"/> (<c>Snapback:ListUpdates</c>), each check through
/// the same <see cref="ListUpdater"/> as <c>lists update</c> and <c>POST /api/lists/update</c>, so a new publication is checked, held
/// when it removes too many entries, and swapped into screening once stored.
/// </summary>
internal sealed partial class ListUpdateService(ListUpdateSchedule schedule, ListUpdateRunner runner, ILogger<ListUpdateService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (schedule.Sources.Count == 0)
        {
            LogOff(logger);
            return Task.CompletedTask;
        }

        LogStarted(logger, string.Join(", ", schedule.Sources));
        return schedule.RunAsync(UpdateAsync, error => LogCheckFailed(logger, error), stoppingToken);
    }

    private async Task UpdateAsync(string source, CancellationToken cancellationToken)
    {
        var result = await runner.RunScheduledAsync(source, cancellationToken);
        switch (result.Status)
        {
            case UpdateStatus.Imported:
                LogImported(logger, source, result.Current?.Id, result.Current?.PublishedAt);
                break;
            case UpdateStatus.Held or UpdateStatus.Failed:
                LogNotImported(logger, source, result.Status, result.Reason);
                break;
            default:
                LogCurrent(logger, source, result.Status);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled list updates are off; lists change only by lists update or import")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled list updates for {Sources}")]
    private static partial void LogStarted(ILogger logger, string sources);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled update of {Source} imported snapshot {SnapshotId} of {PublishedAt}")]
    private static partial void LogImported(ILogger logger, string source, long? snapshotId, DateTimeOffset? publishedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled update of {Source}: {Status}, {Reason}")]
    private static partial void LogNotImported(ILogger logger, string source, UpdateStatus status, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled update of {Source}: {Status}")]
    private static partial void LogCurrent(ILogger logger, string source, UpdateStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduled list update failed; the lists in force stay")]
    private static partial void LogCheckFailed(ILogger logger, Exception error);
}
