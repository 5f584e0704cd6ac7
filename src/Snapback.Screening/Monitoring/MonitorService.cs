using System.Collections.Immutable;
using Snapback.Matching;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Lists;
using Snapback.Screening.Ownership;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Monitoring;

/// <summary>
/// Works through the monitoring runs that list changes recorded, oldest first. Each run closes the open alerts of removed entities,
/// checks every customer against the added and changed entities alone and screens again against everything only the customers the
/// change can concern (a score depends only on the two names compared, the token weights being frozen with the matcher), or,
/// when the change left nothing in force different, only the customers changed since the last run, and recomputes blocking by
/// ownership downstream of the changed listings. Alerts go through the same rules as any customer
/// screen, so only what is new is raised. Each page commits with the run's cursor, so a run stopped anywhere resumes where it
/// stopped, and two monitors running at once share the pages.
/// </summary>
/// <param name="screening">The lists a server already holds in force, used instead of loading them again when they are the same snapshots.</param>
/// <param name="ownership">
/// Ownership alerts over the lists a run screens against, when holdings are kept: each run then recomputes blocking by ownership
/// downstream of the changed listings and alerts on the customers it newly blocks.
/// </param>
public sealed class MonitorService(
    ICaseStore cases, IMonitorStore monitor, IListStore lists, TimeProvider time, ScreeningService? screening = null,
    Func<ScreeningService, OwnershipAlerts>? ownership = null)
{
    /// <summary>Who the monitor acts as in the audit trail.</summary>
    public static readonly Actor MonitorActor = new("system:monitor", "monitor", CaseRole.Admin);

    /// <summary>Customers or entities per transaction.</summary>
    public const int PageSize = 500;

    /// <summary>
    /// Customers per transaction in the entities phase, where most are only checked against the change and few raise anything:
    /// larger pages spend less on commits.
    /// </summary>
    public const int CheckPageSize = 2_000;

    /// <summary>Runs every run not completed, oldest first, and returns them as they ended.</summary>
    public async Task<IReadOnlyList<MonitorRun>> RunPendingAsync(CancellationToken cancellationToken)
    {
        var done = new List<MonitorRun>();
        LoadedLists? loaded = null;
        while (true)
        {
            MonitorRun? run;
            await using (var session = await cases.BeginReadAsync(cancellationToken))
            {
                run = await monitor.Runs(session).NextUnfinishedAsync(cancellationToken);
            }

            if (run is null)
            {
                return done;
            }

            if (!await HasCustomersAsync(cancellationToken))
            {
                // No portfolio, nothing to screen or close: the run completes without loading the lists.
                done.Add(await RunAsync(run, null, cancellationToken));
                continue;
            }

            var inForce = (await lists.SnapshotsInForceAsync(null, cancellationToken)).Select(static s => s.Id).ToList();
            if (loaded is null || !loaded.Snapshots.Select(static s => s.Id).SequenceEqual(inForce))
            {
                loaded = screening?.Current is { AsOf: null } current && current.Snapshots.Select(static s => s.Id).SequenceEqual(inForce)
                    ? current
                    : await ListLoader.LoadAsync(lists, null, time, cancellationToken);
            }

            done.Add(await RunAsync(run, loaded, cancellationToken));
        }
    }

    /// <summary>Up to <paramref name="limit"/> runs, newest first.</summary>
    public async Task<IReadOnlyList<MonitorRun>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var session = await cases.BeginReadAsync(cancellationToken);
        return await monitor.Runs(session).ListAsync(limit, cancellationToken);
    }

    /// <summary>A run and what it did to alerts, or null when there is no such run.</summary>
    public async Task<(MonitorRun Run, IReadOnlyList<MonitorRunAlert> Alerts)?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var session = await cases.BeginReadAsync(cancellationToken);
        var runs = monitor.Runs(session);
        return await runs.GetAsync(id, cancellationToken) is { } run ? (run, await runs.AlertsAsync(id, cancellationToken)) : null;
    }

    private async Task<bool> HasCustomersAsync(CancellationToken cancellationToken)
    {
        await using var session = await cases.BeginReadAsync(cancellationToken);
        return (await session.ListCustomersAsync(null, 1, cancellationToken)).Count > 0;
    }

    /// <param name="loaded">The lists in force, or null when there is no customer.</param>
    private async Task<MonitorRun> RunAsync(MonitorRun run, LoadedLists? loaded, CancellationToken cancellationToken)
    {
        var work = loaded is null ? null : new MonitorRunWork(loaded, await MonitorDelta.OfAsync(lists, run, loaded, cancellationToken));
        var delta = work?.Delta ?? MonitorDelta.Empty;
        var phase = run.Phase;
        while (true)
        {
            var started = time.GetTimestamp();
            // Ownership alerts commit in sessions of their own, so they are raised before this page's session takes the write lock.
            var recheck = phase == MonitorPhase.Ownership && work is not null && ownership is not null
                ? await ownership(work.Screening).RecomputeAsync([.. delta.Screened, .. delta.Removed], MonitorActor, cancellationToken)
                : null;
            await using var session = await cases.BeginAsync(cancellationToken);
            var runs = monitor.Runs(session);
            var current = await runs.GetAsync(run.Id, cancellationToken) ?? throw new InvalidOperationException($"monitoring run {run.Id} is gone");
            if (current.Status == MonitorRunStatus.Completed)
            {
                return current;
            }

            var now = time.GetUtcNow();
            if (current.Status == MonitorRunStatus.Pending)
            {
                var from = await runs.LastCustomersUntilAsync(cancellationToken);
                current = current with
                {
                    Status = MonitorRunStatus.Running,
                    StartedAt = now,
                    CustomersFrom = from,
                    // A run with no portfolio screens nobody: its window stays empty, so a customer who arrives meanwhile waits for the next.
                    CustomersUntil = work is null ? from : now.ToUnixTimeMilliseconds(),
                    Counts = current.Counts with
                    {
                        AddedEntities = delta.Added.Length, ChangedEntities = delta.Changed.Length, RemovedEntities = delta.Removed.Length,
                    },
                };
            }

            var next = work is null ? current with { Phase = MonitorPhase.Done } : current;
            next = next.Phase switch
            {
                MonitorPhase.Removed => await CloseRemovedAsync(session, runs, next, work!, now, cancellationToken),
                MonitorPhase.Entities => await ScreenEntitiesAsync(session, runs, next, work!, now, cancellationToken),
                MonitorPhase.Customers => await ScreenChangedCustomersAsync(session, runs, next, work!, now, cancellationToken),
                MonitorPhase.Ownership when recheck is not null =>
                    (await RecordOwnershipAsync(runs, next, recheck, cancellationToken)) with { Phase = MonitorPhase.Done },
                MonitorPhase.Ownership => next with { Phase = MonitorPhase.Done },
                _ => next with { Status = MonitorRunStatus.Completed, CompletedAt = now },
            };
            next = next with { ElapsedMs = next.ElapsedMs + (long)time.GetElapsedTime(started).TotalMilliseconds };
            if (next.Status == MonitorRunStatus.Completed)
            {
                await session.AppendAuditAsync(AuditDraft.Of(now, MonitorActor, AuditActions.MonitorRunCompleted, $"monitor-run:{next.Id}",
                    Summary(next, loaded)), cancellationToken);
            }

            await runs.UpdateAsync(next, cancellationToken);
            await session.CommitAsync(cancellationToken);
            phase = next.Phase;
            if (next.Status == MonitorRunStatus.Completed)
            {
                return next;
            }
        }
    }

    private async Task<MonitorRun> CloseRemovedAsync(
        ICaseSession session, IMonitorRuns runs, MonitorRun run, MonitorRunWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var page = work.Delta.Removed.Where(id => run.Cursor is null || string.CompareOrdinal(id, run.Cursor) > 0).Take(PageSize).ToList();
        if (page.Count == 0)
        {
            return run with { Phase = MonitorPhase.Entities, Cursor = null };
        }

        var closed = new List<long>();
        foreach (var entityId in page)
        {
            foreach (var alert in await runs.OpenAlertsOnAsync(entityId, cancellationToken))
            {
                var note = $"Closed by monitoring run {run.Id}: {entityId} is no longer on the {run.Source} list (snapshot {run.ToSnapshot}).";
                await AlertCloser.CloseAsync(session, alert, MonitorActor, now, note, new
                {
                    customer_id = alert.CustomerId,
                    entity_id = entityId,
                    run_id = run.Id,
                    snapshot = run.ToSnapshot,
                    reason = note,
                }, cancellationToken);
                closed.Add(alert.Id);
            }
        }

        await runs.AddAlertsAsync(run.Id, MonitorAlertAction.Closed, closed, cancellationToken);
        return run with { Cursor = page[^1], Counts = run.Counts with { AlertsClosed = run.Counts.AlertsClosed + closed.Count } };
    }

    private async Task<MonitorRun> ScreenEntitiesAsync(
        ICaseSession session, IMonitorRuns runs, MonitorRun run, MonitorRunWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = !(work.Delta.Added.IsEmpty && work.Delta.Changed.IsEmpty && work.Delta.Removed.IsEmpty);
        var page = changed ? await session.ListCustomersAsync(run.Cursor, CheckPageSize, cancellationToken) : [];
        if (page.Count == 0)
        {
            // Every customer was checked against the change, and screened again when it can have concerned them.
            return run with { Phase = changed ? MonitorPhase.Ownership : MonitorPhase.Customers, Cursor = null };
        }

        // Token weights come from the matcher's frozen table, so a score depends only on the two names compared: a customer's result
        // against everything in force can differ from the last one only through the entities the change added, changed or removed.
        // A customer is screened again against everything when the change's entities alone give it a hit, when it has an alert on
        // a changed or removed entity (a slot among its best hits can open), when it changed or an alert of it was decided since
        // the last run, and only then: the others' results are the ones their alerts already hold.
        var since = run.CustomersFrom ?? 0;
        work.Rescreen ??= await runs.CustomersWithAlertsAsync(
            work.Delta.Changed.Concat(work.Delta.Removed).ToHashSet(StringComparer.Ordinal), since, cancellationToken);
        var screened = new PartyResult?[page.Count];
        Parallel.For(0, page.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var customer = page[i];
            var request = customer.Record.ToRequest();
            var concerned = work.ScreenEveryone
                || work.Rescreen.Contains(customer.Record.Id)
                || customer.ChangedAt.ToUnixTimeMilliseconds() >= since
                || work.Change?.Screen(request).Hits.Count > 0;
            screened[i] = concerned ? work.Screening.Screen(request) : null;
        });
        var result = CustomerScreenResult.Empty;
        for (var i = 0; i < page.Count; i++)
        {
            if (screened[i] is { } hits)
            {
                result = result.Add(await AlertRaiser.RaiseAsync(session, page[i], hits, work.Lists, MonitorActor, now, cancellationToken));
            }
        }

        return await RecordAsync(runs, run, page[^1].Record.Id, result, page.Count, cancellationToken);
    }

    private async Task<MonitorRun> ScreenChangedCustomersAsync(
        ICaseSession session, IMonitorRuns runs, MonitorRun run, MonitorRunWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var page = await runs.CustomersChangedAsync(run.CustomersFrom ?? 0, run.CustomersUntil ?? 0, run.Cursor, PageSize, cancellationToken);
        if (page.Count == 0)
        {
            return run with { Phase = MonitorPhase.Ownership, Cursor = null };
        }

        var result = CustomerScreenResult.Empty;
        foreach (var customer in page)
        {
            result = result.Add(await RaiseAsync(session, customer, work, now, cancellationToken));
        }

        return await RecordAsync(runs, run, page[^1].Record.Id, result, 0, cancellationToken);
    }

    private static Task<CustomerScreenResult> RaiseAsync(
        ICaseSession session, StoredCustomer customer, MonitorRunWork work, DateTimeOffset now, CancellationToken cancellationToken) =>
        AlertRaiser.RaiseAsync(session, customer, work.Screening.Screen(customer.Record.ToRequest()), work.Lists, MonitorActor, now, cancellationToken);

    private static async Task<MonitorRun> RecordOwnershipAsync(IMonitorRuns runs, MonitorRun run, OwnershipRecheck recheck, CancellationToken cancellationToken)
    {
        await runs.AddAlertsAsync(run.Id, MonitorAlertAction.Closed, recheck.Closed, cancellationToken);
        var recorded = await RecordAsync(runs, run, null, recheck.Alerts with { Customers = 0 }, 0, cancellationToken);
        return recorded with { Counts = recorded.Counts with { AlertsClosed = recorded.Counts.AlertsClosed + recheck.Closed.Length } };
    }

    private static async Task<MonitorRun> RecordAsync(
        IMonitorRuns runs, MonitorRun run, string? cursor, CustomerScreenResult result, long checkedCustomers, CancellationToken cancellationToken)
    {
        await runs.AddAlertsAsync(run.Id, MonitorAlertAction.Created, result.Created, cancellationToken);
        await runs.AddAlertsAsync(run.Id, MonitorAlertAction.Updated, result.Updated, cancellationToken);
        var counts = run.Counts;
        return run with
        {
            Cursor = cursor,
            Counts = counts with
            {
                CustomersScreened = counts.CustomersScreened + result.Customers,
                AlertsCreated = counts.AlertsCreated + result.Created.Length,
                AlertsUpdated = counts.AlertsUpdated + result.Updated.Length,
                SuppressedKept = counts.SuppressedKept + result.Suppressed,
                CustomersChecked = counts.CustomersChecked + checkedCustomers,
            },
        };
    }

    private static object Summary(MonitorRun run, LoadedLists? loaded) => new
    {
        run_id = run.Id,
        source = run.Source,
        from_snapshot = run.FromSnapshot,
        to_snapshot = run.ToSnapshot,
        lists = loaded?.Basis(MatchOptions.DefaultThreshold).ListsText,
        added_entities = run.Counts.AddedEntities,
        changed_entities = run.Counts.ChangedEntities,
        removed_entities = run.Counts.RemovedEntities,
        customers_checked = run.Counts.CustomersChecked,
        customers_screened = run.Counts.CustomersScreened,
        alerts_created = run.Counts.AlertsCreated,
        alerts_updated = run.Counts.AlertsUpdated,
        alerts_closed = run.Counts.AlertsClosed,
        suppressed_kept = run.Counts.SuppressedKept,
        elapsed_ms = run.ElapsedMs,
    };
}
