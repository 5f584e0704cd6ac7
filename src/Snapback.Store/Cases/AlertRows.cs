using System.Data.Common;
using System.Text;
using System.Text.Json;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Store.Cases;

/// <summary>The <c>alerts</c> table: the columns alerts are found and filtered by, and the evidence as JSON.</summary>
internal static class AlertRows
{
    public const string Columns = "id, customer_id, entity_id, source, status, score, created_at_ms, updated_at_ms, outcome, assignee, evidence, kind";

    public static async Task<Alert?> GetAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        (await ReadAllAsync(Sql.Command(connection, transaction, $"SELECT {Columns} FROM alerts WHERE id = @id", ("id", id)), cancellationToken))
        .FirstOrDefault();

    public static async Task<Alert?> FindOpenAsync(
        DbConnection connection, DbTransaction transaction, string customerId, string entityId, CancellationToken cancellationToken) =>
        (await ReadAllAsync(Sql.Command(connection, transaction,
            $"SELECT {Columns} FROM alerts WHERE customer_id = @customer AND entity_id = @entity AND status <> 'Closed'",
            ("customer", customerId), ("entity", entityId)), cancellationToken)).FirstOrDefault();

    public static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO alerts (customer_id, entity_id, source, status, score, created_at_ms, updated_at_ms, outcome, assignee, evidence, kind) " +
            "VALUES (@customer, @entity, @source, @status, @score, @created, @updated, @outcome, @assignee, @evidence, @kind) RETURNING id",
            Values(alert));
        return Sql.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var command = Sql.Command(connection, transaction,
            "UPDATE alerts SET customer_id = @customer, entity_id = @entity, source = @source, status = @status, score = @score, " +
            "created_at_ms = @created, updated_at_ms = @updated, outcome = @outcome, assignee = @assignee, evidence = @evidence, kind = @kind WHERE id = @id",
            [.. Values(alert), ("id", alert.Id)]);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"no alert {alert.Id} to update");
        }
    }

    public static async Task<IReadOnlyList<Alert>> ListAsync(
        DbConnection connection, DbTransaction transaction, AlertFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filter.Limit, 10_000);
        var sql = new StringBuilder($"SELECT {Columns} FROM alerts WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        void Where(string condition, string name, object value)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        if (filter.Status is { } status)
        {
            Where("status = @status", "status", status.ToString());
        }

        if (filter.CustomerId is { } customer)
        {
            Where("customer_id = @customer", "customer", customer);
        }

        if (filter.Source is { } source)
        {
            Where("source = @source", "source", source);
        }

        if (filter.MinScore is { } score)
        {
            Where("score >= @score", "score", score);
        }

        sql.Append(" ORDER BY score DESC, id DESC LIMIT @limit");
        parameters.Add(("limit", (long)filter.Limit));
        return await ReadAllAsync(Sql.Command(connection, transaction, sql.ToString(), [.. parameters]), cancellationToken);
    }

    private static (string, object?)[] Values(Alert alert) =>
    [
        ("customer", alert.CustomerId), ("entity", alert.EntityId), ("source", alert.Source), ("status", alert.Status.ToString()),
        ("score", alert.Score), ("created", alert.CreatedAt.ToUnixTimeMilliseconds()), ("updated", alert.UpdatedAt.ToUnixTimeMilliseconds()),
        ("outcome", alert.Outcome?.ToString()), ("assignee", alert.Assignee), ("evidence", JsonSerializer.Serialize(alert.Evidence, BatchJson.Options)),
        ("kind", alert.Kind.ToString().ToLowerInvariant()),
    ];

    public static async Task<IReadOnlyList<Alert>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var alerts = new List<Alert>();
            while (await reader.ReadAsync(cancellationToken))
            {
                alerts.Add(new Alert(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    Enum.Parse<AlertStatus>(reader.GetString(4)),
                    reader.GetDouble(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    JsonSerializer.Deserialize<AlertEvidence>(reader.GetString(10), BatchJson.Options)
                        ?? throw new InvalidDataException($"alert {reader.GetInt64(0)} has no evidence"),
                    reader.IsDBNull(8) ? null : Enum.Parse<Decision>(reader.GetString(8)),
                    Sql.NullableString(reader, 9),
                    Enum.Parse<AlertKind>(reader.GetString(11), ignoreCase: true)));
            }

            return alerts;
        }
    }
}
