using System.Data.Common;
using Snapback.Screening.Notifications;

namespace Snapback.Store.Notifications;

/// <summary>The <c>webhook_attempts</c> table: the delivery log, one row per request.</summary>
internal static class AttemptRows
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, WebhookAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO webhook_attempts (delivery_id, webhook_id, seq, event, number, at_ms, status_code, error, duration_ms, outcome) " +
            "VALUES (@delivery, @webhook, @seq, @event, @number, @at, @status, @error, @duration, @outcome)",
            ("delivery", attempt.DeliveryId), ("webhook", attempt.WebhookId), ("seq", attempt.Seq), ("event", attempt.Event), ("number", attempt.Number),
            ("at", attempt.At.ToUnixTimeMilliseconds()), ("status", attempt.StatusCode), ("error", attempt.Error), ("duration", attempt.DurationMs),
            ("outcome", DeliveryStatusText.Of(attempt.Outcome)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<WebhookAttempt>> ListAsync(
        DbConnection connection, DbTransaction transaction, string? webhookId, int limit, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT delivery_id, webhook_id, seq, event, number, at_ms, status_code, error, duration_ms, outcome FROM webhook_attempts " +
            (webhookId is null ? "" : "WHERE webhook_id = @webhook ") + "ORDER BY id DESC LIMIT @limit",
            ("webhook", webhookId), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var attempts = new List<WebhookAttempt>();
        while (await reader.ReadAsync(cancellationToken))
        {
            attempts.Add(new WebhookAttempt(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt32(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                Sql.NullableString(reader, 7), reader.GetInt64(8), DeliveryStatusText.Parse(reader.GetString(9))));
        }

        return attempts;
    }
}
