using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Snapback.Screening.Cases;

namespace Snapback.Store.Sqlite;

/// <summary>The list store in one SQLite file (WAL mode, foreign keys on, pooled connections, one per operation).</summary>
public sealed class SqliteListStore : SqlListStore
{
    private readonly string connectionString;

    private SqliteListStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Cases = new SqliteCaseStore(connectionString);
    }

    public override ICaseStore Cases { get; }

    /// <summary>The database file.</summary>
    public string Path { get; }

    private protected override IReadOnlyList<string> Migrations { get; } = StoreSchema.Migrations(SqlDialect.Sqlite);

    /// <summary>Opens (creating the folder and file if needed) the database at <paramref name="path"/> and applies pending migrations.</summary>
    public static async Task<SqliteListStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var store = new SqliteListStore(path);
        if (System.IO.Path.GetDirectoryName(store.Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using (var connection = await store.OpenConnectionAsync(cancellationToken))
        await using (var wal = Command(connection, null, "PRAGMA journal_mode = WAL"))
        {
            // WAL lets screening read while an import writes; the mode is stored in the file.
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await store.MigrateAsync(cancellationToken);
        return store;
    }

    public override Task<IAsyncDisposable> LockUpdatesAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        return SqliteUpdateLock.AcquireAsync(Path, cancellationToken);
    }

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private protected override async Task InsertEntitiesAsync(
        DbConnection connection, DbTransaction transaction, long snapshotId, IReadOnlyList<EntityRow> rows, CancellationToken cancellationToken)
    {
        await using var version = Command(connection, transaction,
            "INSERT INTO entity_versions (hash, json) VALUES (@hash, @json) ON CONFLICT (hash) DO NOTHING", ("hash", ""), ("json", ""));
        await using var member = Command(connection, transaction,
            "INSERT INTO snapshot_entities (snapshot_id, entity_id, version_hash) VALUES (@snapshot, @entity, @hash)",
            ("snapshot", snapshotId), ("entity", ""), ("hash", ""));
        await version.PrepareAsync(cancellationToken);
        await member.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            version.Parameters[0].Value = row.Hash;
            version.Parameters[1].Value = row.Json;
            await version.ExecuteNonQueryAsync(cancellationToken);
            member.Parameters[1].Value = row.EntityId;
            member.Parameters[2].Value = row.Hash;
            await member.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // An import writes the whole list in one transaction, which grows the WAL file to the list's size; fold it back into the
    // database and truncate it rather than leave tens of megabytes beside the file until the next checkpoint.
    private protected override async Task AfterSaveAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var checkpoint = Command(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
        try
        {
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            // The snapshot is committed; a checkpoint that cannot run now runs later on its own.
        }
    }

    private protected override object ToDb(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
