using System.Data.Common;
using System.Runtime.CompilerServices;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Store.Cases;

/// <summary>
/// The <c>audit_log</c> rows and the <c>audit_head</c> row. Appending reads the head, which the writing session has locked (SQLite:
/// the session holds the database's write lock; PostgreSQL: the head row is locked FOR UPDATE), so no two appends see the same head.
/// </summary>
internal static class AuditRows
{
    public static async Task<AuditEntry> AppendAsync(DbConnection connection, DbTransaction transaction, AuditDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var head = await HeadAsync(connection, transaction, cancellationToken) ?? new AuditHead(0, AuditChain.Genesis);
        var seq = head.Seq + 1;
        var at = draft.At.ToUnixTimeMilliseconds();
        var hash = AuditChain.Hash(head.Hash, seq, at, draft.Actor.Id, draft.Actor.Name, draft.Action, draft.Subject, draft.Data);
        var entry = new AuditEntry(seq, at, draft.Actor.Id, draft.Actor.Name, draft.Action, draft.Subject, draft.Data, head.Hash, hash);
        await using (var insert = Sql.Command(connection, transaction,
            "INSERT INTO audit_log (seq, at_ms, actor_id, actor_name, action, subject, data, prev_hash, hash) " +
            "VALUES (@seq, @at, @actorId, @actorName, @action, @subject, @data, @prev, @hash)",
            ("seq", seq), ("at", at), ("actorId", entry.ActorId), ("actorName", entry.ActorName), ("action", entry.Action),
            ("subject", entry.Subject), ("data", entry.Data), ("prev", entry.PreviousHash), ("hash", hash)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var move = Sql.Command(connection, transaction, "UPDATE audit_head SET seq = @seq, hash = @hash WHERE id = 1",
            ("seq", seq), ("hash", hash));
        await move.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }

    public static async Task<AuditHead?> HeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT seq, hash FROM audit_head WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) > 0 ? new AuditHead(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public static async IAsyncEnumerable<AuditEntry> ReadAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset? from,
        DateTimeOffset? to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = "SELECT seq, at_ms, actor_id, actor_name, action, subject, data, prev_hash, hash FROM audit_log" +
            (from is null && to is null ? "" : " WHERE at_ms >= @from AND at_ms < @to") + " ORDER BY seq";
        await using var command = from is null && to is null
            ? Sql.Command(connection, transaction, sql)
            : Sql.Command(connection, transaction, sql,
                ("from", from?.ToUnixTimeMilliseconds() ?? long.MinValue), ("to", to?.ToUnixTimeMilliseconds() ?? long.MaxValue));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AuditEntry(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8));
        }
    }
}
