using System.Data.Common;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Store.Cases;

/// <summary>The <c>customers</c> (latest version) and <c>customer_versions</c> (every version) tables.</summary>
internal static class CustomerRows
{
    public const string Columns = "json, version, hash, changed_at_ms, deleted, changed_by";

    public static async Task<StoredCustomer?> GetAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, $"SELECT {Columns} FROM customers WHERE id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public static async Task SaveAsync(DbConnection connection, DbTransaction transaction, StoredCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        (string, object?)[] values =
        [
            ("id", customer.Record.Id), ("version", (long)customer.Version), ("hash", customer.Hash), ("json", CustomerJson.Canonical(customer.Record)),
            ("deleted", customer.Deleted ? 1L : 0L), ("at", customer.ChangedAt.ToUnixTimeMilliseconds()), ("by", customer.ChangedBy),
        ];
        await using (var version = Sql.Command(connection, transaction,
            "INSERT INTO customer_versions (customer_id, version, hash, json, deleted, changed_at_ms, changed_by) " +
            "VALUES (@id, @version, @hash, @json, @deleted, @at, @by)", values))
        {
            await version.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var latest = Sql.Command(connection, transaction,
            "INSERT INTO customers (id, version, hash, json, deleted, changed_at_ms, changed_by) VALUES (@id, @version, @hash, @json, @deleted, @at, @by) " +
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, hash = excluded.hash, json = excluded.json, deleted = excluded.deleted, " +
            "changed_at_ms = excluded.changed_at_ms, changed_by = excluded.changed_by", values);
        await latest.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<StoredCustomer>> HistoryAsync(
        DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken) =>
        await ReadAllAsync(Sql.Command(connection, transaction,
            $"SELECT {Columns} FROM customer_versions WHERE customer_id = @id ORDER BY version", ("id", id)), cancellationToken);

    public static async Task<IReadOnlyList<StoredCustomer>> ListAsync(
        DbConnection connection, DbTransaction transaction, string? afterId, int limit, CancellationToken cancellationToken) =>
        await ReadAllAsync(Sql.Command(connection, transaction,
            $"SELECT {Columns} FROM customers WHERE deleted = 0 {(afterId is null ? "" : "AND id > @after")} ORDER BY id LIMIT @limit",
            ("after", afterId ?? ""), ("limit", (long)limit)), cancellationToken);

    public static async Task<IReadOnlyList<StoredCustomer>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var customers = new List<StoredCustomer>();
            while (await reader.ReadAsync(cancellationToken))
            {
                customers.Add(Read(reader));
            }

            return customers;
        }
    }

    private static StoredCustomer Read(DbDataReader reader) => new(
        CustomerJson.Parse(reader.GetString(0)),
        (int)reader.GetInt64(1),
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.GetInt64(4) != 0,
        reader.GetString(5));
}
