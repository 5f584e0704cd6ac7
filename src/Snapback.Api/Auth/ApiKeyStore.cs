using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Api.Auth;

/// <summary>
/// API keys as the service sees them: the keys in the store (<see cref="KeyService"/>, SQLite or PostgreSQL, with everything else)
/// plus a bootstrap admin key from configuration, which is checked by its hash and never written.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The id reported for the configured bootstrap admin key.</summary>
    public const string BootstrapId = "bootstrap";

    /// <summary>The longest key name: a label for people, shown in lists and beside the signed-in user.</summary>
    public const int MaxNameLength = KeyService.MaxNameLength;

    private readonly KeyService _keys;
    private readonly string? _bootstrapHash;

    /// <param name="bootstrapAdminKey">A key that is always admin, or null for none.</param>
    public ApiKeyStore(ICaseStore store, string? bootstrapAdminKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _keys = new KeyService(store, time);
        _bootstrapHash = string.IsNullOrEmpty(bootstrapAdminKey) ? null : KeySecret.Hash(bootstrapAdminKey);
    }

    /// <summary>The configured bootstrap admin key as an actor, for work done on its behalf (e.g. making the first keys).</summary>
    public static Actor BootstrapActor => Bootstrap.Actor;

    /// <summary>The active key whose secret is <paramref name="secret"/>, or null.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (_bootstrapHash is not null && KeySecret.SameHash(KeySecret.Hash(secret), _bootstrapHash))
        {
            return ApiKey.From(Bootstrap);
        }

        return await _keys.FindBySecretAsync(secret, cancellationToken) is { } key ? ApiKey.From(key) : null;
    }

    /// <summary>The key with this id as it is now, or null when it does not exist or is revoked.</summary>
    public async Task<ApiKey?> FindActiveAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.Equals(id, BootstrapId, StringComparison.Ordinal))
        {
            return _bootstrapHash is null ? null : ApiKey.From(Bootstrap);
        }

        return await _keys.FindActiveAsync(id, cancellationToken) is { } key ? ApiKey.From(key) : null;
    }

    /// <summary>Makes a key on behalf of <paramref name="actor"/> (an admin); the returned secret is not kept anywhere.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, string role, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parsed = CaseRoles.Parse(role) ?? throw new ArgumentOutOfRangeException(nameof(role), role, "expected viewer, analyst, approver or admin");
        var (key, secret) = await _keys.CreateAsync(name, parsed, actor, cancellationToken);
        return (ApiKey.From(key), secret);
    }

    /// <summary>Every stored key, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await _keys.ListAsync(cancellationToken)).Select(ApiKey.From)];

    /// <summary>Revokes a key on behalf of <paramref name="actor"/>; false when there is no active key with that id.</summary>
    public Task<bool> RevokeAsync(string id, Actor actor, CancellationToken cancellationToken) => _keys.RevokeAsync(id, actor, cancellationToken);

    private static AccessKey Bootstrap { get; } = new(BootstrapId, "bootstrap admin key (configuration)", CaseRole.Admin, DateTimeOffset.UnixEpoch);
}
