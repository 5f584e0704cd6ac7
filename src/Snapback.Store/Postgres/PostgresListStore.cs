using System.Data.Common;
using Npgsql;
using Snapback.Screening.Cases;

namespace Snapback.Store.Postgres;

/// <summary>The list store in PostgreSQL (tables in the connection's search path), over a pooled <see cref="NpgsqlDataSource"/>.</summary>
public sealed class PostgresListStore : SqlListStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresListStore(NpgsqlDataSource dataSource)
    {
        this.dataSource = dataSource;
        Cases = new PostgresCaseStore(dataSource);
    }

    public override ICaseStore Cases { get; }

    private protected override IReadOnlyList<string> Migrations { get; } = StoreSchema.Migrations(SqlDialect.Postgres);

    // Several servers may open the same database at once; one migrates, the others wait and find the work done.
    private protected override string MigrationLockSql => "SELECT pg_advisory_xact_lock(7262201)";

    private protected override string AuditLockSql => "SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE";

    /// <summary>Connects with <paramref name="connectionString"/> and applies pending migrations.</summary>
    public static async Task<PostgresListStore> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var store = new PostgresListStore(NpgsqlDataSource.Create(connectionString));
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override Task<IAsyncDisposable> LockUpdatesAsync(string source, CancellationToken cancellationToken) =>
        PostgresUpdateLock.AcquireAsync(dataSource, source, cancellationToken);

    private protected override async Task InsertEntitiesAsync(
        DbConnection connection, DbTransaction transaction, long snapshotId, IReadOnlyList<EntityRow> rows, CancellationToken cancellationToken)
    {
        // Two statements over arrays instead of one round trip per row; identical contents are sent once.
        var versions = rows.DistinctBy(row => row.Hash, StringComparer.Ordinal).ToList();
        await using (var insert = Command(connection, transaction,
            "INSERT INTO entity_versions (hash, json) SELECT * FROM unnest(@hashes::text[], @jsons::text[]) ON CONFLICT (hash) DO NOTHING",
            ("hashes", versions.Select(row => row.Hash).ToArray()), ("jsons", versions.Select(row => row.Json).ToArray())))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var members = Command(connection, transaction,
            "INSERT INTO snapshot_entities (snapshot_id, entity_id, version_hash) SELECT @snapshot, * FROM unnest(@ids::text[], @hashes::text[])",
            ("snapshot", snapshotId), ("ids", rows.Select(row => row.EntityId).ToArray()), ("hashes", rows.Select(row => row.Hash).ToArray()));
        await members.ExecuteNonQueryAsync(cancellationToken);
    }

    private protected override object ToDb(DateTimeOffset value) => value.ToUniversalTime();

    private protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
