using Microsoft.Extensions.Options;
using Snapback.Screening.Notifications;

namespace Snapback.Api.Hosting;

/// <summary>
/// Runs the webhook dispatcher while the server runs: every poll interval it sends what the audit trail holds that is new, and the
/// retries that fell due. State lives in the store, so a restart picks up where the last run stopped.
/// </summary>
internal sealed partial class WebhookDispatchService(
    WebhookDispatcher dispatcher, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var summary = await dispatcher.DeliverPendingAsync(stoppingToken);
                if (summary.Attempts > 0)
                {
                    LogPass(logger, summary.Attempts, summary.Delivered, summary.Retrying, summary.Failed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // The store may be briefly unreachable; what was not sent stays pending for the next pass.
                LogPassFailed(logger, error);
            }

            await Task.Delay(settings.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Webhooks: {Attempts} requests, {Delivered} delivered, {Retrying} to retry later, {Failed} failed")]
    private static partial void LogPass(ILogger logger, int attempts, int delivered, int retrying, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatch pass failed; pending deliveries stay pending")]
    private static partial void LogPassFailed(ILogger logger, Exception error);
}
