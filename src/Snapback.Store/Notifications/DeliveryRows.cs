using System.Data.Common;
using Snapback.Screening.Notifications;

namespace Snapback.Store.Notifications;

/// <summary>The <c>webhook_deliveries</c> table: one row per event and webhook, at most one pending per webhook.</summary>
internal static class DeliveryRows
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO webhook_deliveries (id, webhook_id, seq, event, status, attempts, next_attempt_at_ms, created_at_ms) " +
            "VALUES (@id, @webhook, @seq, @event, @status, @attempts, @next, @created)",
            ("id", delivery.Id), ("webhook", delivery.WebhookId), ("seq", delivery.Seq), ("event", delivery.Event),
            ("status", DeliveryStatusText.Of(delivery.Status)), ("attempts", delivery.Attempts),
            ("next", delivery.NextAttemptAt.ToUnixTimeMilliseconds()), ("created", delivery.CreatedAt.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var command = Sql.Command(connection, transaction,
            "UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_at_ms = @next WHERE id = @id",
            ("id", delivery.Id), ("status", DeliveryStatusText.Of(delivery.Status)), ("attempts", delivery.Attempts),
            ("next", delivery.NextAttemptAt.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<WebhookDelivery?> PendingAsync(DbConnection connection, DbTransaction transaction, string webhookId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT id, webhook_id, seq, event, status, attempts, next_attempt_at_ms, created_at_ms FROM webhook_deliveries " +
            "WHERE webhook_id = @webhook AND status = 'pending'", ("webhook", webhookId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new WebhookDelivery(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3),
                DeliveryStatusText.Parse(reader.GetString(4)), reader.GetInt32(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)))
            : null;
    }
}
