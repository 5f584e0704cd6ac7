namespace Snapback.Screening.Lists;

/// <summary>
/// Checks each source again once its interval has passed since its last check, jittered. The last check is read from the store, so a
/// check made by <c>lists update</c> or by another service sharing the store counts: several services split the work instead of each
/// calling the publishers on its own clock, and the store's update lock keeps them from importing a publication twice.
/// </summary>
public sealed class ListUpdateSchedule
{
    // After the store could not be read, try again this much later rather than at once.
    private static readonly TimeSpan ErrorRetry = TimeSpan.FromMinutes(1);

    private readonly IListStore store;
    private readonly ListScheduleOptions options;
    private readonly TimeProvider timeProvider;
    private readonly Random random;
    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset? Basis, DateTimeOffset Due)> plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> attempts = new(StringComparer.Ordinal);
    private DateTimeOffset? sleepingUntil;

    /// <param name="sources">The sources that have a download address; those the options leave out are not scheduled.</param>
    /// <param name="random">Draws the jitter; defaults to <see cref="Random.Shared"/>.</param>
    public ListUpdateSchedule(
        IListStore store, ListScheduleOptions options, IEnumerable<string> sources, TimeProvider timeProvider, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        this.store = store;
        this.options = options;
        this.timeProvider = timeProvider;
        this.random = random ?? Random.Shared;
        Sources = [.. sources.Where(options.Schedules)];
    }

    /// <summary>The sources the schedule checks.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>When the running schedule wakes next; null while it checks a source, or when it is not running.</summary>
    public DateTimeOffset? SleepingUntil
    {
        get
        {
            lock (gate)
            {
                return sleepingUntil;
            }
        }
    }

    /// <summary>When <paramref name="source"/> is due to be checked next, or null when it is not scheduled or not planned yet.</summary>
    public DateTimeOffset? NextCheckAt(string source)
    {
        lock (gate)
        {
            return plans.TryGetValue(source, out var plan) ? plan.Due : null;
        }
    }

    /// <summary>
    /// Reads the last check of every source from the store, plans each source's next check from it, and returns the sources due now.
    /// A source never checked is due at once.
    /// </summary>
    public async Task<IReadOnlyList<string>> DueAsync(CancellationToken cancellationToken)
    {
        var checks = (await store.ListFreshnessAsync(cancellationToken)).ToDictionary(static f => f.Source, static f => f.LastCheckedAt, StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        var due = new List<string>();
        lock (gate)
        {
            foreach (var source in Sources)
            {
                DateTimeOffset? basis = checks.TryGetValue(source, out var checkedAt) ? checkedAt : null;
                if (attempts.TryGetValue(source, out var attempted) && (basis is null || attempted > basis))
                {
                    // A check that failed before it could record anything still counts, or the source would be tried again at once.
                    basis = attempted;
                }

                if (!plans.TryGetValue(source, out var plan) || plan.Basis != basis)
                {
                    plan = (basis, basis is { } last ? last + Jittered(options.IntervalOf(source)) : now);
                    plans[source] = plan;
                }

                if (plan.Due <= now)
                {
                    due.Add(source);
                }
            }
        }

        return due;
    }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> fires: checks each due source through <paramref name="update"/>, one at a time,
    /// then sleeps until the next is due. An update that throws is passed to <paramref name="failed"/> and the source waits for its next
    /// turn; the schedule itself never stops on an error.
    /// </summary>
    public async Task RunAsync(Func<string, CancellationToken, Task> update, Action<Exception> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(failed);
        while (!cancellationToken.IsCancellationRequested)
        {
            DateTimeOffset wakeAt;
            try
            {
                var due = await DueAsync(cancellationToken);
                foreach (var source in due)
                {
                    await CheckAsync(source, update, failed, cancellationToken);
                }

                if (due.Count > 0)
                {
                    continue;
                }

                lock (gate)
                {
                    wakeAt = plans.Count == 0 ? DateTimeOffset.MaxValue : plans.Values.Min(static p => p.Due);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                failed(error);
                wakeAt = timeProvider.GetUtcNow() + ErrorRetry;
            }

            await SleepAsync(wakeAt, cancellationToken);
        }
    }

    private async Task CheckAsync(string source, Func<string, CancellationToken, Task> update, Action<Exception> failed, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            attempts[source] = timeProvider.GetUtcNow();
        }

        try
        {
            await update(source, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failed(error);
        }
    }

    private async Task SleepAsync(DateTimeOffset wakeAt, CancellationToken cancellationToken)
    {
        if (Sources.Count == 0)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return;
        }

        var wait = wakeAt - timeProvider.GetUtcNow();
        // The timer is set before the wake time is published, so whoever reads SleepingUntil and moves the clock wakes the schedule.
        var sleep = wait > TimeSpan.Zero ? Task.Delay(wait, timeProvider, cancellationToken) : Task.CompletedTask;
        lock (gate)
        {
            sleepingUntil = wakeAt;
        }

        await sleep.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (gate)
        {
            sleepingUntil = null;
        }
    }

    private TimeSpan Jittered(TimeSpan interval) => interval * (1 + (options.Jitter * ((2 * random.NextDouble()) - 1)));
}
