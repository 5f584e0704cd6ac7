using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Cases.Keys;

/// <summary>
/// Keys and their roles, kept in the store with everything else. Only each secret's SHA-256 is stored; the secret is shown once,
/// when the key is made. Making and revoking a key are audited.
/// </summary>
public sealed class KeyService(ICaseStore store, TimeProvider time)
{
    /// <summary>The longest key name: a label for people, shown in lists and beside the signed-in user.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Makes a key; the returned secret is not kept anywhere.</summary>
    public async Task<(AccessKey Key, string Secret)> CreateAsync(string name, CaseRole role, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, MaxNameLength, nameof(name));
        actor.Require(CaseRole.Admin, "Making keys");
        var secret = KeySecret.Create();
        var key = new AccessKey(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6)), name.Trim(), role,
            DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()));
        await using var session = await store.BeginAsync(cancellationToken);
        await session.InsertKeyAsync(key, KeySecret.Hash(secret), cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(key.CreatedAt, actor, AuditActions.KeyCreated, $"key:{key.Id}",
            new { key.Id, key.Name, role = CaseRoles.Name(role) }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>Revokes a key; false when there is no active key with that id.</summary>
    public async Task<bool> RevokeAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Admin, "Revoking keys");
        await using var session = await store.BeginAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (!await session.RevokeKeyAsync(id, now, cancellationToken))
        {
            return false;
        }

        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.KeyRevoked, $"key:{id}", new { id }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The active key whose secret is <paramref name="secret"/>, or null.</summary>
    public async Task<AccessKey?> FindBySecretAsync(string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.FindKeyAsync(KeyLookup.BySha256, KeySecret.Hash(secret), cancellationToken);
    }

    /// <summary>The active key with this id, or null.</summary>
    public async Task<AccessKey?> FindActiveAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.FindKeyAsync(KeyLookup.ById, id, cancellationToken);
    }

    /// <summary>The newest active key with this name, or null: how the command line finds the role of <c>--as NAME</c>.</summary>
    public async Task<AccessKey?> FindActiveByNameAsync(string name, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.FindKeyAsync(KeyLookup.ByName, name, cancellationToken);
    }

    /// <summary>Every key, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.ListKeysAsync(cancellationToken);
    }
}
