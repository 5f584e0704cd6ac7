using System.Data.Common;
using Snapback.Screening.Cases.Alerts;

namespace Snapback.Store.Cases;

/// <summary>The <c>suppressions</c> table, one row per suppressed (customer, entity) pair.</summary>
internal static class SuppressionRows
{
    public static async Task<Suppression?> FindAsync(
        DbConnection connection, DbTransaction transaction, string customerId, string entityId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT customer_id, entity_id, customer_hash, entity_hash, customer_json, entity_json, alert_id, created_at_ms FROM suppressions " +
            "WHERE customer_id = @customer AND entity_id = @entity", ("customer", customerId), ("entity", entityId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Suppression(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt64(6), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)))
            : null;
    }

    public static async Task SaveAsync(DbConnection connection, DbTransaction transaction, Suppression s, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO suppressions (customer_id, entity_id, customer_hash, entity_hash, customer_json, entity_json, alert_id, created_at_ms) " +
            "VALUES (@customer, @entity, @customerHash, @entityHash, @customerJson, @entityJson, @alert, @at) ON CONFLICT (customer_id, entity_id) " +
            "DO UPDATE SET customer_hash = excluded.customer_hash, entity_hash = excluded.entity_hash, customer_json = excluded.customer_json, " +
            "entity_json = excluded.entity_json, alert_id = excluded.alert_id, created_at_ms = excluded.created_at_ms",
            ("customer", s.CustomerId), ("entity", s.EntityId), ("customerHash", s.CustomerHash), ("entityHash", s.EntityHash),
            ("customerJson", s.CustomerJson), ("entityJson", s.EntityJson), ("alert", s.AlertId), ("at", s.CreatedAt.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task DeleteAsync(
        DbConnection connection, DbTransaction transaction, string customerId, string entityId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "DELETE FROM suppressions WHERE customer_id = @customer AND entity_id = @entity", ("customer", customerId), ("entity", entityId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
