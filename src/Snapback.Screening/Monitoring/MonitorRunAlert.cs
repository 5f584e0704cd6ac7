namespace Snapback.Screening.Monitoring;

/// <summary>An alert a monitoring run raised, updated or closed, with the listed entity it is on.</summary>
public sealed record MonitorRunAlert(long RunId, long AlertId, string CustomerId, string EntityId, MonitorAlertAction Action);
