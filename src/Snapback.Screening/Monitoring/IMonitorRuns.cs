using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Screening.Monitoring;

/// <summary>Monitoring runs inside one case session (see <see cref="IMonitorStore"/>).</summary>
public interface IMonitorRuns
{
    /// <summary>The oldest run not completed, or null.</summary>
    Task<MonitorRun?> NextUnfinishedAsync(CancellationToken cancellationToken);

    Task<MonitorRun?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> runs, newest first.</summary>
    Task<IReadOnlyList<MonitorRun>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Stores the run's status, phase, cursor, times and counts.</summary>
    Task UpdateAsync(MonitorRun run, CancellationToken cancellationToken);

    /// <summary>The end of the customer window of the last completed run (Unix ms), or 0 when none completed.</summary>
    Task<long> LastCustomersUntilAsync(CancellationToken cancellationToken);

    /// <summary>Records that the run did <paramref name="action"/> to these alerts; recording the same again changes nothing.</summary>
    Task AddAlertsAsync(long runId, MonitorAlertAction action, IReadOnlyList<long> alertIds, CancellationToken cancellationToken);

    /// <summary>What a run did to alerts, by alert id.</summary>
    Task<IReadOnlyList<MonitorRunAlert>> AlertsAsync(long runId, CancellationToken cancellationToken);

    /// <summary>
    /// The customers with an alert of any kind and status on one of <paramref name="entityIds"/>, or with an alert created or
    /// changed at or after <paramref name="sinceMs"/> (Unix ms): those whose screening result or alerts a change of these
    /// entities, or a decision since, can leave different from what is stored.
    /// </summary>
    Task<IReadOnlySet<string>> CustomersWithAlertsAsync(IReadOnlySet<string> entityIds, long sinceMs, CancellationToken cancellationToken);

    /// <summary>The alerts on an entity that are not closed.</summary>
    Task<IReadOnlyList<Alert>> OpenAlertsOnAsync(string entityId, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> customers not deleted whose last change is at or after <paramref name="fromMs"/> and before
    /// <paramref name="untilMs"/>, by id, after <paramref name="afterId"/>.
    /// </summary>
    Task<IReadOnlyList<StoredCustomer>> CustomersChangedAsync(
        long fromMs, long untilMs, string? afterId, int limit, CancellationToken cancellationToken);
}
