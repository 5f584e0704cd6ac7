using System.Data.Common;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Monitoring;
using Snapback.Store.Cases;

namespace Snapback.Store.Monitoring;

/// <summary>Monitoring runs read and written in one case session's transaction.</summary>
internal sealed class SqlMonitorRuns(DbConnection connection, DbTransaction transaction) : IMonitorRuns
{
    public async Task<MonitorRun?> NextUnfinishedAsync(CancellationToken cancellationToken) => (await ReadRunsAsync(
        $"SELECT {MonitorRunRows.Columns} FROM monitor_runs WHERE status <> 'Completed' ORDER BY id LIMIT 1", [], cancellationToken))
        .FirstOrDefault();

    public async Task<MonitorRun?> GetAsync(long id, CancellationToken cancellationToken) => (await ReadRunsAsync(
        $"SELECT {MonitorRunRows.Columns} FROM monitor_runs WHERE id = @id", [("id", id)], cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<MonitorRun>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return ReadRunsAsync($"SELECT {MonitorRunRows.Columns} FROM monitor_runs ORDER BY id DESC LIMIT @limit", [("limit", (long)limit)], cancellationToken);
    }

    public async Task UpdateAsync(MonitorRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var command = Sql.Command(connection, transaction, MonitorRunRows.UpdateSql, MonitorRunRows.Values(run));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"no monitoring run {run.Id} to update");
        }
    }

    public async Task<long> LastCustomersUntilAsync(CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT MAX(customers_until_ms) FROM monitor_runs WHERE status = 'Completed'");
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Sql.ToInt64(value) : 0;
    }

    public async Task AddAlertsAsync(long runId, MonitorAlertAction action, IReadOnlyList<long> alertIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        foreach (var alertId in alertIds)
        {
            await using var command = Sql.Command(connection, transaction,
                "INSERT INTO monitor_run_alerts (run_id, alert_id, action) VALUES (@run, @alert, @action) ON CONFLICT DO NOTHING",
                ("run", runId), ("alert", alertId), ("action", action.ToString()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<MonitorRunAlert>> AlertsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT r.alert_id, a.customer_id, a.entity_id, r.action FROM monitor_run_alerts r JOIN alerts a ON a.id = r.alert_id " +
            "WHERE r.run_id = @run ORDER BY r.alert_id, r.action", ("run", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<MonitorRunAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new MonitorRunAlert(runId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                Enum.Parse<MonitorAlertAction>(reader.GetString(3))));
        }

        return alerts;
    }

    public async Task<IReadOnlySet<string>> CustomersWithAlertsAsync(
        IReadOnlySet<string> entityIds, long sinceMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        // One pass over the alerts, filtered here: the entities can be thousands, more than a statement's parameters.
        await using var command = Sql.Command(connection, transaction, "SELECT customer_id, entity_id, updated_at_ms FROM alerts");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var customers = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt64(2) >= sinceMs || entityIds.Contains(reader.GetString(1)))
            {
                customers.Add(reader.GetString(0));
            }
        }

        return customers;
    }

    public Task<IReadOnlyList<Alert>> OpenAlertsOnAsync(string entityId, CancellationToken cancellationToken) =>
        AlertRows.ReadAllAsync(Sql.Command(connection, transaction,
            $"SELECT {AlertRows.Columns} FROM alerts WHERE entity_id = @entity AND status <> 'Closed' ORDER BY id", ("entity", entityId)),
            cancellationToken);

    public Task<IReadOnlyList<StoredCustomer>> CustomersChangedAsync(
        long fromMs, long untilMs, string? afterId, int limit, CancellationToken cancellationToken) =>
        CustomerRows.ReadAllAsync(Sql.Command(connection, transaction,
            $"SELECT {CustomerRows.Columns} FROM customers WHERE deleted = 0 AND changed_at_ms >= @from AND changed_at_ms < @until " +
            $"{(afterId is null ? "" : "AND id > @after")} ORDER BY id LIMIT @limit",
            ("from", fromMs), ("until", untilMs), ("after", afterId ?? ""), ("limit", (long)limit)), cancellationToken);

    private async Task<IReadOnlyList<MonitorRun>> ReadRunsAsync(
        string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<MonitorRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(MonitorRunRows.Read(reader));
        }

        return runs;
    }
}
