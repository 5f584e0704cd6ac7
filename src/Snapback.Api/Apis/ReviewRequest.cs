namespace Snapback.Api.Apis;

/// <summary>An approval or rejection of the pending proposal, with an optional note for the analyst.</summary>
public sealed record ReviewRequest(string? Note);
