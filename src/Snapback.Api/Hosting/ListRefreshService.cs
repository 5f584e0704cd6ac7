using Microsoft.Extensions.Options;

namespace Snapback.Api.Hosting;

/// <summary>
/// Loads the lists when the service starts, then watches the store: a snapshot imported by <c>snapback lists update</c> in another
/// process, or by the update schedule here, is picked up and swapped in without a restart.
/// </summary>
internal sealed partial class ListRefreshService(
    ListIndexLoader loader, IOptions<ApiOptions> options, TimeProvider time, ILogger<ListRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await loader.ReloadIfChangedAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // Keep serving the index in force; the next round tries again.
                LogRoundFailed(logger, error);
            }

            await Task.Delay(settings.StoreCheckInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "List refresh round failed; the lists in force stay")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
