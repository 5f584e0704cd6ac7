namespace Snapback.Api.Apis;

/// <summary>Who an alert is assigned to; null or empty unassigns it.</summary>
public sealed record AssignRequest(string? Assignee);
