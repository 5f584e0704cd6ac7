using Snapback.Screening.Monitoring;

namespace Snapback.Api.Apis;

/// <summary>A monitoring run and what it did to which alert.</summary>
internal sealed record MonitorRunDetail(MonitorRun Run, IReadOnlyList<MonitorRunAlert> Alerts);
