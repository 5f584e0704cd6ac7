using System.Data.Common;
using Snapback.Screening.Notifications;

namespace Snapback.Store.Notifications;

/// <summary>The <c>webhooks</c> table: each webhook, its secret (read only to sign) and its cursor in the audit trail.</summary>
internal static class WebhookRows
{
    private const string Columns = "id, url, events, active, created_at_ms, created_by, cursor_seq";

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, Webhook webhook, string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO webhooks (id, url, events, secret, active, created_at_ms, created_by, cursor_seq) " +
            "VALUES (@id, @url, @events, @secret, @active, @created, @by, @cursor)",
            ("id", webhook.Id), ("url", webhook.Url), ("events", webhook.Events), ("secret", secret), ("active", webhook.Active ? 1L : 0L),
            ("created", webhook.CreatedAt.ToUnixTimeMilliseconds()), ("by", webhook.CreatedBy), ("cursor", webhook.Cursor));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<Webhook?> GetAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken) =>
        (await ReadAllAsync(Sql.Command(connection, transaction, $"SELECT {Columns} FROM webhooks WHERE id = @id", ("id", id)), cancellationToken))
            .FirstOrDefault();

    public static async Task<IReadOnlyList<Webhook>> ListActiveAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ReadAllAsync(Sql.Command(connection, transaction, $"SELECT {Columns} FROM webhooks WHERE active = 1 ORDER BY created_at_ms, id"),
            cancellationToken);

    public static async Task<string?> SecretAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT secret FROM webhooks WHERE id = @id", ("id", id));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public static async Task<bool> RemoveAsync(DbConnection connection, DbTransaction transaction, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "UPDATE webhooks SET active = 0, removed_at_ms = @at WHERE id = @id AND active = 1", ("id", id), ("at", at.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static async Task MoveCursorAsync(DbConnection connection, DbTransaction transaction, string id, long seq, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "UPDATE webhooks SET cursor_seq = @seq WHERE id = @id", ("id", id), ("seq", seq));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<Webhook>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var webhooks = new List<Webhook>();
            while (await reader.ReadAsync(cancellationToken))
            {
                webhooks.Add(new Webhook(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1,
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), reader.GetString(5), reader.GetInt64(6)));
            }

            return webhooks;
        }
    }
}
