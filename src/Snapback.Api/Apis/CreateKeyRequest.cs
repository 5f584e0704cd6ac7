namespace Snapback.Api.Apis;

/// <summary>A key to make.</summary>
/// <param name="Name">What or who the key is for.</param>
/// <param name="Role">viewer, analyst, approver or admin.</param>
public sealed record CreateKeyRequest(string? Name, string? Role);
