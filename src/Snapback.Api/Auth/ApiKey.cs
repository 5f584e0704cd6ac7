namespace Snapback.Api.Auth;

/// <summary>A stored API key, without its secret.</summary>
/// <param name="Id">Short public id, e.g. for revoking.</param>
/// <param name="Name">What the key is for, as given when it was made.</param>
/// <param name="Role">One of <see cref="ApiRoles.All"/>.</param>
public sealed record ApiKey(string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null);
