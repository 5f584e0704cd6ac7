using System.Data.Common;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Store.Notifications;

/// <summary>The audit rows after a sequence number, as the webhook dispatcher reads them.</summary>
internal static class AuditTailRows
{
    public static async Task<IReadOnlyList<AuditEntry>> ReadAfterAsync(
        DbConnection connection, DbTransaction transaction, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT seq, at_ms, actor_id, actor_name, action, subject, data, prev_hash, hash FROM audit_log WHERE seq > @after ORDER BY seq LIMIT @limit",
            ("after", afterSeq), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AuditEntry(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        }

        return rows;
    }
}
