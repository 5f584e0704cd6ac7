using System.Data.Common;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Store.Cases;

/// <summary>The <c>access_keys</c> table: keys, their roles and their secrets' SHA-256.</summary>
internal static class KeyRows
{
    private const string Columns = "id, name, role, created_at_ms, revoked_at_ms";

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, AccessKey key, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO access_keys (id, name, role, sha256, created_at_ms) VALUES (@id, @name, @role, @hash, @created)",
            ("id", key.Id), ("name", key.Name), ("role", CaseRoles.Name(key.Role)), ("hash", sha256), ("created", key.CreatedAt.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<AccessKey?> FindAsync(DbConnection connection, DbTransaction transaction, KeyLookup by, string value, CancellationToken cancellationToken)
    {
        var column = by switch
        {
            KeyLookup.ById => "id",
            KeyLookup.ByName => "name",
            _ => "sha256",
        };
        return (await ReadAllAsync(Sql.Command(connection, transaction,
            $"SELECT {Columns} FROM access_keys WHERE {column} = @value AND revoked_at_ms IS NULL ORDER BY created_at_ms DESC, id LIMIT 1",
            ("value", value)), cancellationToken)).FirstOrDefault();
    }

    public static async Task<IReadOnlyList<AccessKey>> ListAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ReadAllAsync(Sql.Command(connection, transaction, $"SELECT {Columns} FROM access_keys ORDER BY created_at_ms DESC, id"), cancellationToken);

    public static async Task<bool> RevokeAsync(DbConnection connection, DbTransaction transaction, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "UPDATE access_keys SET revoked_at_ms = @at WHERE id = @id AND revoked_at_ms IS NULL", ("id", id), ("at", at.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<IReadOnlyList<AccessKey>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var keys = new List<AccessKey>();
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(new AccessKey(reader.GetString(0), reader.GetString(1),
                    CaseRoles.Parse(reader.GetString(2)) ?? throw new InvalidDataException($"key {reader.GetString(0)} has an unknown role"),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                    Sql.NullableInt64(reader, 4) is { } revoked ? DateTimeOffset.FromUnixTimeMilliseconds(revoked) : null));
            }

            return keys;
        }
    }
}
