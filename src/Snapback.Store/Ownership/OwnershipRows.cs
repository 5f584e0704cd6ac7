using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Ownership;
using Snapback.Screening.Screen;

namespace Snapback.Store.Ownership;

/// <summary>
/// The <c>ownership_imports</c>, <c>ownership_edges</c> (the current holding of each pair), <c>ownership_edge_versions</c> (every
/// holding ever stored) and <c>ownership_parties</c> tables. Shares are stored as whole ten-thousandths of a percent.
/// </summary>
internal static class OwnershipRows
{
    private const string EdgeColumns = "owner_id, owned_id, version, import_id, share_units, control, source, as_of";

    public static async Task<long> InsertImportAsync(
        DbConnection connection, DbTransaction transaction, string? fileName, DateTimeOffset at, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO ownership_imports (file_name, imported_at_ms, actor_id, actor_name) VALUES (@file, @at, @actorId, @actorName) RETURNING id",
            ("file", fileName), ("at", at.ToUnixTimeMilliseconds()), ("actorId", actor.Id), ("actorName", actor.Name));
        return Sql.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public static async Task<long> LastImportIdAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT COALESCE(MAX(id), 0) FROM ownership_imports");
        return Sql.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public static async Task<EdgeWrite> SaveEdgeAsync(
        DbConnection connection, DbTransaction transaction, long importId, OwnershipEdge edge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        long version = 0;
        await using (var find = Sql.Command(connection, transaction,
            "SELECT version, share_units, control, source, as_of FROM ownership_edges WHERE owner_id = @owner AND owned_id = @owned",
            ("owner", edge.Owner), ("owned", edge.Owned)))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                version = reader.GetInt64(0);
                if (reader.GetInt64(1) == edge.ShareUnits && reader.GetInt64(2) != 0 == edge.Control
                    && string.Equals(Sql.NullableString(reader, 3), edge.Source, StringComparison.Ordinal)
                    && string.Equals(Sql.NullableString(reader, 4), Day(edge.AsOf), StringComparison.Ordinal))
                {
                    return EdgeWrite.Unchanged;
                }
            }
        }

        (string, object?)[] values =
        [
            ("owner", edge.Owner), ("owned", edge.Owned), ("version", version + 1), ("import", importId), ("share", edge.ShareUnits),
            ("control", edge.Control ? 1L : 0L), ("source", edge.Source), ("asOf", Day(edge.AsOf)),
        ];
        const string Values = "(@owner, @owned, @version, @import, @share, @control, @source, @asOf)";
        await using (var history = Sql.Command(connection, transaction, $"INSERT INTO ownership_edge_versions ({EdgeColumns}) VALUES {Values}", values))
        {
            await history.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var current = Sql.Command(connection, transaction,
            $"INSERT INTO ownership_edges ({EdgeColumns}) VALUES {Values} ON CONFLICT (owner_id, owned_id) DO UPDATE SET " +
            "version = excluded.version, import_id = excluded.import_id, share_units = excluded.share_units, control = excluded.control, " +
            "source = excluded.source, as_of = excluded.as_of", values);
        await current.ExecuteNonQueryAsync(cancellationToken);
        return version == 0 ? EdgeWrite.Inserted : EdgeWrite.Updated;
    }

    public static async Task SavePartyAsync(DbConnection connection, DbTransaction transaction, OwnershipParty party, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO ownership_parties (id, name, country, entity_id, score, hit, import_id) VALUES (@id, @name, @country, @entity, @score, @hit, @import) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country, entity_id = excluded.entity_id, " +
            "score = excluded.score, hit = excluded.hit, import_id = excluded.import_id",
            ("id", party.Id), ("name", party.Name), ("country", party.Country), ("entity", party.Hit?.EntityId), ("score", party.Hit?.Score),
            ("hit", party.Hit is null ? null : JsonSerializer.Serialize(party.Hit, BatchJson.Options)), ("import", party.ImportId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async IAsyncEnumerable<OwnershipEdge> ReadEdgesAsync(
        DbConnection connection, DbTransaction transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT owner_id, owned_id, share_units, control, source, as_of FROM ownership_edges ORDER BY owner_id, owned_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var asOf = Sql.NullableString(reader, 5);
            yield return new OwnershipEdge(reader.GetString(0), reader.GetString(1), (decimal)reader.GetInt64(2) / OwnershipEdge.UnitsPerPercent,
                reader.GetInt64(3) != 0, Sql.NullableString(reader, 4), asOf is null ? null : DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public static async IAsyncEnumerable<OwnershipParty> ReadPartiesAsync(
        DbConnection connection, DbTransaction transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT id, name, country, hit, import_id FROM ownership_parties ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var hit = Sql.NullableString(reader, 3);
            yield return new OwnershipParty(reader.GetString(0), reader.GetString(1), Sql.NullableString(reader, 2),
                hit is null ? null : JsonSerializer.Deserialize<PartyHit>(hit, BatchJson.Options), reader.GetInt64(4));
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
