using Snapback.Api.Auth;

namespace Snapback.Api.Apis;

/// <summary>A new key and its secret. The secret is shown this once; only its SHA-256 is stored.</summary>
public sealed record CreatedKey(ApiKey Key, string Secret);
