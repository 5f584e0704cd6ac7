using System.Collections.Immutable;
using System.Data.Common;
using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Lists;
using Snapback.Screening.Monitoring;
using Snapback.Screening.Notifications;
using Snapback.Screening.Ownership;
using Snapback.Store.Cases;
using Snapback.Store.Monitoring;
using Snapback.Store.Notifications;
using Snapback.Store.Ownership;

namespace Snapback.Store;

/// <summary>
/// The list store over ADO.NET, shared by the SQLite and PostgreSQL stores: each snapshot row lists (entity id, content hash) pairs,
/// and each distinct entity content is stored once as canonical JSON, so repeated publications of a list add rows, not blobs.
/// </summary>
public abstract class SqlListStore : IListStore
{
    private const string SnapshotColumns =
        "s.id, s.source, s.published_at, s.imported_at, s.sha256, s.format, s.file_name, s.entity_count, " +
        "s.persons, s.organizations, s.vessels, s.aircraft";

    private protected SqlListStore()
    {
    }

    /// <summary>The schema migrations, oldest first; migration i brings the schema to version i + 1.</summary>
    private protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Opens a connection to the store.</summary>
    private protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Writes the (snapshot, entity, hash) rows and any entity versions not yet stored, inside <paramref name="transaction"/>.</summary>
    private protected abstract Task InsertEntitiesAsync(
        DbConnection connection, DbTransaction transaction, long snapshotId, IReadOnlyList<EntityRow> rows, CancellationToken cancellationToken);

    /// <summary>SQL run inside the migration transaction before the version is read, to keep concurrent openers apart.</summary>
    private protected virtual string? MigrationLockSql => null;

    /// <summary>
    /// SQL that makes the transaction the only one appending to the audit chain, run just before a snapshot's audit row is appended;
    /// null when the transaction already holds the database's write lock.
    /// </summary>
    private protected virtual string? AuditLockSql => null;

    /// <summary>Runs after a snapshot is committed, on the same connection.</summary>
    private protected virtual Task AfterSaveAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    private protected abstract object ToDb(DateTimeOffset value);

    private protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Customers, alerts, decisions and the audit trail, in the same database as the lists.</summary>
    public abstract ICaseStore Cases { get; }

    /// <summary>Webhooks, their deliveries and log, in the same transactions as the audit trail they read.</summary>
    public IWebhookStore Webhooks => new SqlWebhookStore((SqlCaseStore)Cases);

    /// <summary>Holdings and free parties, in the same database: their writes share the case store's sessions and audit chain.</summary>
    public IOwnershipStore Ownership => field ??= new SqlOwnershipStore((SqlCaseStore)Cases);

    /// <summary>Monitoring runs, read and written through <see cref="Cases"/> sessions.</summary>
    public IMonitorStore Monitor { get; } = new SqlMonitorStore();

    /// <summary>
    /// Monitoring over this store: each run also recomputes blocking by ownership (OFAC's rule) over this store's holdings.
    /// </summary>
    /// <param name="screening">The lists a server already holds in force, if any (see <see cref="MonitorService"/>).</param>
    public MonitorService Monitoring(TimeProvider time, Screening.Screen.ScreeningService? screening = null) =>
        new(Cases, Monitor, this, time, screening, lists =>
            new OwnershipAlerts(Cases, new OwnershipService(Ownership, lists), time, OwnershipRegime.Ofac));

    /// <summary>The schema version the store is at after opening.</summary>
    public int SchemaVersion => Migrations.Count;

    /// <summary>Brings the schema up to date, each migration in its own transaction, recorded in schema_version.</summary>
    private protected async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken);
        for (var version = 1; version <= Migrations.Count; version++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (MigrationLockSql is { } lockSql)
            {
                await ExecuteAsync(connection, transaction, lockSql, cancellationToken);
            }

            await using var check = Command(connection, transaction, "SELECT COUNT(*) FROM schema_version WHERE version = @v", ("v", version));
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
                await using var record = Command(connection, transaction,
                    "INSERT INTO schema_version (version, applied_at) VALUES (@v, CAST(CURRENT_TIMESTAMP AS TEXT))", ("v", version));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public Task<ListSnapshot> SaveSnapshotAsync(SnapshotDraft draft, CancellationToken cancellationToken) =>
        SaveSnapshotCoreAsync(draft, null, cancellationToken);

    public Task<ListSnapshot> SaveSnapshotAsync(SnapshotDraft draft, Func<ListSnapshot, AuditDraft> audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return SaveSnapshotCoreAsync(draft, audit, cancellationToken);
    }

    private async Task<ListSnapshot> SaveSnapshotCoreAsync(SnapshotDraft draft, Func<ListSnapshot, AuditDraft>? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var entities = draft.Entities.IsDefault ? [] : draft.Entities;
        var rows = new List<EntityRow>(entities.Length);
        foreach (var entity in entities)
        {
            var json = EntityJson.Canonical(entity);
            rows.Add(new EntityRow(entity.Id, EntityJson.Hash(json), json));
        }

        var kinds = KindCounts.Of(entities);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command(connection, transaction,
            "INSERT INTO snapshots (source, published_at, imported_at, effective_at, sha256, format, file_name, entity_count, " +
            "persons, organizations, vessels, aircraft) VALUES (@source, @published, @imported, @effective, @sha, @format, @file, @count, " +
            "@persons, @organizations, @vessels, @aircraft) RETURNING id",
            ("source", draft.Source),
            ("published", draft.PublishedAt is { } published ? ToDb(published) : null),
            ("imported", ToDb(draft.ImportedAt)),
            ("effective", (draft.PublishedAt ?? draft.ImportedAt).ToUnixTimeMilliseconds()),
            ("sha", draft.Sha256),
            ("format", draft.Format),
            ("file", draft.FileName),
            ("count", rows.Count),
            ("persons", kinds.Persons),
            ("organizations", kinds.Organizations),
            ("vessels", kinds.Vessels),
            ("aircraft", kinds.Aircraft));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await InsertEntitiesAsync(connection, transaction, id, rows, cancellationToken);
        var snapshot = new ListSnapshot(id, draft.Source, draft.PublishedAt, draft.ImportedAt, draft.Sha256, draft.Format, draft.FileName, rows.Count, kinds);
        if (audit is not null)
        {
            if (AuditLockSql is { } lockSql)
            {
                await ExecuteAsync(connection, transaction, lockSql, cancellationToken);
            }

            await AuditRows.AppendAsync(connection, transaction, audit(snapshot), cancellationToken);
        }

        // The outbox row of monitoring: a snapshot is never stored without the run that screens its change.
        await MonitorRunRows.InsertPendingAsync(connection, transaction, draft.Source, id, draft.ImportedAt, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        await AfterSaveAsync(connection, CancellationToken.None);
        return snapshot;
    }

    public async Task<ListSnapshot?> GetSnapshotAsync(long snapshotId, CancellationToken cancellationToken) =>
        (await QuerySnapshotsAsync($"SELECT {SnapshotColumns} FROM snapshots s WHERE s.id = @id", cancellationToken, ("id", snapshotId)))
        .FirstOrDefault();

    public async Task<ListSnapshot?> FindSnapshotAsync(string source, string sha256, CancellationToken cancellationToken) =>
        (await QuerySnapshotsAsync($"SELECT {SnapshotColumns} FROM snapshots s WHERE s.source = @source AND s.sha256 = @sha",
            cancellationToken, ("source", source), ("sha", sha256))).FirstOrDefault();

    public async Task<IReadOnlyList<ListSnapshot>> ListSnapshotsAsync(string source, CancellationToken cancellationToken) =>
        await QuerySnapshotsAsync($"SELECT {SnapshotColumns} FROM snapshots s WHERE s.source = @source ORDER BY s.effective_at, s.id",
            cancellationToken, ("source", source));

    public async Task<IReadOnlyList<ListSnapshot>> LatestSnapshotsAsync(CancellationToken cancellationToken)
    {
        var latest = await QuerySnapshotsAsync(
            $"SELECT {SnapshotColumns} FROM snapshots s WHERE s.id = (SELECT t.id FROM snapshots t WHERE t.source = s.source " +
            "ORDER BY t.effective_at DESC, t.id DESC LIMIT 1)", cancellationToken);
        return [.. latest.OrderBy(static s => SourceRank(s.Source)).ThenBy(static s => s.Source, StringComparer.Ordinal)];
    }

    public async Task<ListSnapshot?> LatestSnapshotAsync(string source, CancellationToken cancellationToken) =>
        (await QuerySnapshotsAsync(
            $"SELECT {SnapshotColumns} FROM snapshots s WHERE s.source = @source ORDER BY s.effective_at DESC, s.id DESC LIMIT 1",
            cancellationToken, ("source", source))).FirstOrDefault();

    public async Task<ListSnapshot?> SnapshotAsOfAsync(string source, DateTimeOffset asOf, CancellationToken cancellationToken) =>
        (await QuerySnapshotsAsync(
            $"SELECT {SnapshotColumns} FROM snapshots s WHERE s.source = @source AND s.effective_at <= @asOf " +
            "ORDER BY s.effective_at DESC, s.id DESC LIMIT 1",
            cancellationToken, ("source", source), ("asOf", asOf.ToUnixTimeMilliseconds()))).FirstOrDefault();

    public async Task<IReadOnlyList<ListedEntity>> LoadEntitiesAsync(long snapshotId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT v.json FROM snapshot_entities e JOIN entity_versions v ON v.hash = e.version_hash WHERE e.snapshot_id = @id",
            ("id", snapshotId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        // Reading the rows is quick; deserializing them is most of a load, and each is independent: blocks of rows are
        // deserialized on the other cores while the next are read. A block's JSON is garbage once it is deserialized, rather
        // than kept until the last row is read, which made every collection during a load copy it.
        var blocks = new List<Task<ListedEntity[]>>();
        var block = new List<string>(EntityBlock);
        while (await reader.ReadAsync(cancellationToken))
        {
            block.Add(reader.GetString(0));
            if (block.Count == EntityBlock)
            {
                blocks.Add(DeserializeAsync([.. block], cancellationToken));
                block.Clear();
            }
        }

        blocks.Add(DeserializeAsync([.. block], cancellationToken));
        var entities = (await Task.WhenAll(blocks)).SelectMany(static b => b).ToArray();

        // Sorted here, not in SQL, so the order never depends on a database collation.
        Array.Sort(entities, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entities;
    }

    private const int EntityBlock = 256;

    private static Task<ListedEntity[]> DeserializeAsync(string[] json, CancellationToken cancellationToken) =>
        Task.Run(() => Array.ConvertAll(json, EntityJson.Deserialize), cancellationToken);

    public async Task<ListedEntity?> LoadEntityAsync(long snapshotId, string entityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT v.json FROM snapshot_entities e JOIN entity_versions v ON v.hash = e.version_hash " +
            "WHERE e.snapshot_id = @id AND e.entity_id = @entity",
            ("id", snapshotId), ("entity", entityId));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? EntityJson.Deserialize(json) : null;
    }

    public async Task<IReadOnlyDictionary<string, string>> LoadVersionHashesAsync(long snapshotId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT entity_id, version_hash FROM snapshot_entities WHERE snapshot_id = @id", ("id", snapshotId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    public async Task<IReadOnlyList<EntityAppearance>> EntityHistoryAsync(string source, string entityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {SnapshotColumns}, e.version_hash FROM snapshot_entities e JOIN snapshots s ON s.id = e.snapshot_id " +
            "WHERE s.source = @source AND e.entity_id = @entity ORDER BY s.effective_at, s.id",
            ("source", source), ("entity", entityId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new List<EntityAppearance>();
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new EntityAppearance(ReadSnapshot(reader), reader.GetString(12)));
        }

        return history;
    }

    public async Task<DownloadState?> GetDownloadStateAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT source, url, etag, last_modified, fetched_at FROM download_state WHERE source = @source", ("source", source));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DownloadState(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : ReadTime(reader, 3),
                ReadTime(reader, 4))
            : null;
    }

    public async Task SaveDownloadStateAsync(DownloadState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await ExecuteAsync(
            "INSERT INTO download_state (source, url, etag, last_modified, fetched_at) VALUES (@source, @url, @etag, @modified, @fetched) " +
            "ON CONFLICT (source) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified, " +
            "fetched_at = excluded.fetched_at",
            cancellationToken,
            ("source", state.Source), ("url", state.Url), ("etag", state.ETag),
            ("modified", state.LastModified is { } modified ? ToDb(modified) : null), ("fetched", ToDb(state.FetchedAt)));
    }

    public async Task RecordCheckAsync(SourceCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        await ExecuteAsync(
            "INSERT INTO list_freshness (source, url, checked_at, status, reason, succeeded_at, confirmed_at, error, error_at) " +
            "VALUES (@source, @url, @checked, @status, @reason, @succeeded, @confirmed, @error, @errorAt) " +
            "ON CONFLICT (source) DO UPDATE SET url = excluded.url, checked_at = excluded.checked_at, status = excluded.status, " +
            "reason = excluded.reason, succeeded_at = COALESCE(excluded.succeeded_at, list_freshness.succeeded_at), " +
            "confirmed_at = COALESCE(excluded.confirmed_at, list_freshness.confirmed_at), " +
            "error = COALESCE(excluded.error, list_freshness.error), error_at = COALESCE(excluded.error_at, list_freshness.error_at)",
            cancellationToken,
            ("source", check.Source),
            ("url", check.Url),
            ("checked", ToDb(check.CheckedAt)),
            ("status", check.Status.ToString()),
            ("reason", check.Reason),
            ("succeeded", check.Succeeded ? ToDb(check.CheckedAt) : null),
            ("confirmed", check.Confirmed ? ToDb(check.CheckedAt) : null),
            ("error", check.Succeeded ? null : check.Reason ?? "failed"),
            ("errorAt", check.Succeeded ? null : ToDb(check.CheckedAt)));
    }

    public async Task<IReadOnlyList<SourceFreshness>> ListFreshnessAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT source, url, checked_at, status, reason, succeeded_at, confirmed_at, error, error_at FROM list_freshness");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SourceFreshness>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SourceFreshness(
                reader.GetString(0),
                reader.GetString(1),
                ReadTime(reader, 2),
                Enum.Parse<UpdateStatus>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : ReadTime(reader, 5),
                reader.IsDBNull(6) ? null : ReadTime(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : ReadTime(reader, 8)));
        }

        return [.. rows.OrderBy(static f => SourceRank(f.Source)).ThenBy(static f => f.Source, StringComparer.Ordinal)];
    }

    public abstract Task<IAsyncDisposable> LockUpdatesAsync(string source, CancellationToken cancellationToken);

    private protected static DbCommand Command(
        DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Sql.Command(connection, transaction, sql, parameters);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<ImmutableArray<ListSnapshot>> QuerySnapshotsAsync(
        string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var snapshots = ImmutableArray.CreateBuilder<ListSnapshot>();
        while (await reader.ReadAsync(cancellationToken))
        {
            snapshots.Add(ReadSnapshot(reader));
        }

        return snapshots.ToImmutable();
    }

    private static int SourceRank(string source) =>
        ListSources.All.Contains(source, StringComparer.Ordinal) ? ListSources.All.ToList().IndexOf(source) : int.MaxValue;

    private ListSnapshot ReadSnapshot(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : ReadTime(reader, 2),
        ReadTime(reader, 3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetInt32(7),
        new KindCounts(reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11)));
}
