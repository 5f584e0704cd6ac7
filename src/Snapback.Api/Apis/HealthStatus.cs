namespace Snapback.Api.Apis;

/// <summary>Liveness: the process answers.</summary>
public sealed record HealthStatus(string Status, DateTimeOffset Time);
