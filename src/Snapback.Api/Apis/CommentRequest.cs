namespace Snapback.Api.Apis;

/// <summary>A comment on an alert.</summary>
public sealed record CommentRequest(string? Text);
