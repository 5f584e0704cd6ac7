using System.Data.Common;
using Snapback.Screening.Monitoring;

namespace Snapback.Store.Monitoring;

/// <summary>The <c>monitor_runs</c> table: one row per list change to monitor, inserted with its snapshot.</summary>
internal static class MonitorRunRows
{
    public const string Columns =
        "id, source, from_snapshot, to_snapshot, status, phase, page_cursor, created_at_ms, started_at_ms, completed_at_ms, customers_from_ms, " +
        "customers_until_ms, added_entities, changed_entities, removed_entities, customers_screened, alerts_created, alerts_updated, " +
        "alerts_closed, suppressed_kept, elapsed_ms, customers_checked";

    /// <summary>Records the pending run for a new snapshot, in the snapshot's transaction.</summary>
    public static async Task InsertPendingAsync(
        DbConnection connection, DbTransaction transaction, string source, long snapshotId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO monitor_runs (source, from_snapshot, to_snapshot, status, phase, created_at_ms) VALUES (@source, " +
            "(SELECT s.id FROM snapshots s WHERE s.source = @source AND s.id <> @snapshot ORDER BY s.effective_at DESC, s.id DESC LIMIT 1), " +
            "@snapshot, @status, @phase, @at)",
            ("source", source), ("snapshot", snapshotId), ("status", nameof(MonitorRunStatus.Pending)), ("phase", nameof(MonitorPhase.Removed)),
            ("at", at.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static MonitorRun Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        Sql.NullableInt64(reader, 2),
        reader.GetInt64(3),
        Enum.Parse<MonitorRunStatus>(reader.GetString(4)),
        Enum.Parse<MonitorPhase>(reader.GetString(5)),
        Sql.NullableString(reader, 6),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
        Sql.NullableInt64(reader, 8) is { } started ? DateTimeOffset.FromUnixTimeMilliseconds(started) : null,
        Sql.NullableInt64(reader, 9) is { } completed ? DateTimeOffset.FromUnixTimeMilliseconds(completed) : null,
        Sql.NullableInt64(reader, 10),
        Sql.NullableInt64(reader, 11),
        new MonitorCounts(reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16),
            reader.GetInt64(17), reader.GetInt64(18), reader.GetInt64(19), reader.GetInt64(21)),
        reader.GetInt64(20));

    public static (string Name, object? Value)[] Values(MonitorRun run) =>
    [
        ("id", run.Id), ("status", run.Status.ToString()), ("phase", run.Phase.ToString()), ("cursor", run.Cursor),
        ("started", run.StartedAt?.ToUnixTimeMilliseconds()), ("completed", run.CompletedAt?.ToUnixTimeMilliseconds()),
        ("from", run.CustomersFrom), ("until", run.CustomersUntil),
        ("added", run.Counts.AddedEntities), ("changed", run.Counts.ChangedEntities), ("removed", run.Counts.RemovedEntities),
        ("screened", run.Counts.CustomersScreened), ("created", run.Counts.AlertsCreated), ("updated", run.Counts.AlertsUpdated),
        ("closed", run.Counts.AlertsClosed), ("suppressed", run.Counts.SuppressedKept), ("elapsed", run.ElapsedMs),
        ("checked", run.Counts.CustomersChecked),
    ];

    public const string UpdateSql =
        "UPDATE monitor_runs SET status = @status, phase = @phase, page_cursor = @cursor, started_at_ms = @started, completed_at_ms = @completed, " +
        "customers_from_ms = @from, customers_until_ms = @until, added_entities = @added, changed_entities = @changed, " +
        "removed_entities = @removed, customers_screened = @screened, alerts_created = @created, alerts_updated = @updated, " +
        "alerts_closed = @closed, suppressed_kept = @suppressed, elapsed_ms = @elapsed, customers_checked = @checked WHERE id = @id";
}
