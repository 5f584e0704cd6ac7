using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Snapback.Api.Auth;

/// <summary>
/// API keys in the <c>api_keys</c> table of the service's SQLite file. Only each secret's SHA-256 is stored; the secret is shown once,
/// when the key is made. A bootstrap admin key from configuration is checked by its hash and never written.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The id reported for the configured bootstrap admin key.</summary>
    public const string BootstrapId = "bootstrap";

    /// <summary>The longest key name: a label for people, shown in lists and beside the signed-in user.</summary>
    public const int MaxNameLength = 100;

    private readonly string _connectionString;
    private readonly string? _bootstrapHash;
    private readonly TimeProvider _time;
    private volatile bool _created;

    /// <param name="databasePath">The SQLite file; created if missing.</param>
    /// <param name="bootstrapAdminKey">A key that is always admin, or null for none.</param>
    public ApiKeyStore(string databasePath, string? bootstrapAdminKey, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        if (Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        _bootstrapHash = string.IsNullOrEmpty(bootstrapAdminKey) ? null : ApiKeySecret.Hash(bootstrapAdminKey);
        _time = time;
    }

    /// <summary>The active key whose secret is <paramref name="secret"/>, or null.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var hash = ApiKeySecret.Hash(secret);
        if (_bootstrapHash is not null && ApiKeySecret.SameHash(hash, _bootstrapHash))
        {
            return Bootstrap;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_at, revoked_at FROM api_keys WHERE sha256 = $hash AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The key with this id as it is now, or null when it does not exist or is revoked.</summary>
    public async Task<ApiKey?> FindActiveAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.Equals(id, BootstrapId, StringComparison.Ordinal))
        {
            return _bootstrapHash is null ? null : Bootstrap;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_at, revoked_at FROM api_keys WHERE id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Makes a key; the returned secret is not kept anywhere.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
        if (!ApiRoles.IsKnown(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "expected viewer, analyst or admin");
        }

        var secret = ApiKeySecret.Create();
        var key = new ApiKey(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6)), name, role,
            _time.GetUtcNow());
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (id, name, role, sha256, created_at) VALUES ($id, $name, $role, $hash, $created)";
        command.Parameters.AddWithValue("$id", key.Id);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$hash", ApiKeySecret.Hash(secret));
        command.Parameters.AddWithValue("$created", key.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>Every stored key, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at DESC, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    /// <summary>Revokes a key; false when there is no active key with that id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static ApiKey Bootstrap { get; } = new(BootstrapId, "bootstrap admin key (configuration)", ApiRoles.Admin, DateTimeOffset.UnixEpoch);

    private static ApiKey Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
        reader.IsDBNull(4) ? null : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!_created)
        {
            await CreateTableAsync(connection, cancellationToken);
        }

        return connection;
    }

    // CREATE TABLE IF NOT EXISTS is idempotent, so two first requests racing here do no harm.
    private async Task CreateTableAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                sha256 TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                revoked_at TEXT NULL)
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _created = true;
    }
}
