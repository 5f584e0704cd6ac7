using Snapback.Screening.Cases;
using Snapback.Screening.Lists;

namespace Snapback.Api.Hosting;

/// <summary>
/// Runs <see cref="ListUpdater"/> one update at a time (from <c>POST /api/lists/update</c> or the schedule) and swaps in the new index
/// when a new publication was stored.
/// </summary>
internal sealed class ListUpdateRunner(ListUpdater updater, ListIndexLoader loader, ListUpdateOptions updateOptions) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The sources an update fetches.</summary>
    public IReadOnlyCollection<string> Sources => updateOptions.Sources.Keys;

    /// <summary>
    /// Updates <paramref name="source"/>, or every configured source when null, what it stores recorded as <paramref name="by"/>; null
    /// when another update is running.
    /// </summary>
    /// <exception cref="ArgumentException">The source has no configured address.</exception>
    public async Task<IReadOnlyList<SourceUpdateResult>?> RunAsync(string? source, Actor by, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        return await RunHeldAsync(source, by, cancellationToken);
    }

    /// <summary>Updates one source for the schedule, after any update already running; never with confirmation.</summary>
    public async Task<SourceUpdateResult> RunScheduledAsync(string source, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return (await RunHeldAsync(source, null, cancellationToken))[0];
    }

    // Runs with the gate taken, and releases it.
    private async Task<IReadOnlyList<SourceUpdateResult>> RunHeldAsync(string? source, Actor? by, CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<SourceUpdateResult> results = source is null
                ? await updater.UpdateAllAsync(confirm: false, by, cancellationToken)
                : [await updater.UpdateAsync(source, confirm: false, by, cancellationToken)];
            if (results.Any(static r => r.Status == UpdateStatus.Imported))
            {
                await loader.ReloadIfChangedAsync(cancellationToken);
            }

            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
