namespace Snapback.Screening.Monitoring;

/// <summary>What a monitoring run found and did.</summary>
/// <param name="AddedEntities">Entities the new snapshot adds (that are in force).</param>
/// <param name="ChangedEntities">Entities whose content changed (that are in force).</param>
/// <param name="RemovedEntities">Entities the new snapshot no longer holds (and no list in force holds).</param>
/// <param name="CustomersScreened">Customers whose alerts were worked out again against every list in force.</param>
/// <param name="CustomersChecked">
/// Customers screened against the added and changed entities alone, to find those a change can concern (every customer, when the
/// change left anything in force different).
/// </param>
/// <param name="AlertsCreated">Alerts raised, a lifted suppression's included.</param>
/// <param name="AlertsUpdated">Open alerts whose customer, entity or score changed.</param>
/// <param name="AlertsClosed">Open alerts closed because their entity left the list.</param>
/// <param name="SuppressedKept">Hits not raised: an approved false positive on an unchanged pair.</param>
public sealed record MonitorCounts(
    long AddedEntities = 0,
    long ChangedEntities = 0,
    long RemovedEntities = 0,
    long CustomersScreened = 0,
    long AlertsCreated = 0,
    long AlertsUpdated = 0,
    long AlertsClosed = 0,
    long SuppressedKept = 0,
    long CustomersChecked = 0);
