namespace Snapback.Api.Apis;

/// <summary>A proposed decision on an alert.</summary>
/// <param name="Decision">true-match, false-positive or needs-info.</param>
/// <param name="Reason">Why; required.</param>
public sealed record ProposeRequest(string? Decision, string? Reason);
