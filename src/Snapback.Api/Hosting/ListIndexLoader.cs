using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Api.Hosting;

/// <summary>
/// Builds the match index from the newest stored snapshot of each list in force (none of a superseded list) and puts it in force
/// in <see cref="ScreeningService"/>.
/// The new index is built beside the old one and swapped in whole, so screens in flight finish on the old one and none is dropped.
/// </summary>
internal sealed partial class ListIndexLoader(
    IListStore store, ScreeningService screening, TimeProvider time, ILogger<ListIndexLoader> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Why the last load failed, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Loads unless the newest snapshots are the ones already in force; true when a new index was swapped in.</summary>
    public async Task<bool> ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var latest = await store.SnapshotsInForceAsync(null, cancellationToken);
            if (latest.Count == 0 || SameSnapshots(screening.Current, latest))
            {
                LastError = latest.Count == 0 ? "no lists have been imported yet" : null;
                return false;
            }

            var started = time.GetTimestamp();
            var loaded = await ListLoader.LoadAsync(store, null, time, cancellationToken);
            screening.Swap(loaded);
            LastError = null;
            LogLoaded(logger, loaded.Index.EntityCount, loaded.Snapshots.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LastError = error.Message;
            LogFailed(logger, error);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static bool SameSnapshots(LoadedLists? current, IReadOnlyList<ListSnapshot> latest) =>
        current is not null
        && current.Snapshots.Select(static s => s.Id).Order().SequenceEqual(latest.Select(static s => s.Id).Order());

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {EntityCount} entities from {SnapshotCount} snapshots in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, int entityCount, int snapshotCount, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the lists failed")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
