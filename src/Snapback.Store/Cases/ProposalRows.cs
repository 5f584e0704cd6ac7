using System.Data.Common;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Store.Cases;

/// <summary>The <c>proposals</c> and <c>alert_comments</c> tables.</summary>
internal static class ProposalRows
{
    private const string Columns =
        "id, alert_id, decision, reason, state, proposed_by_id, proposed_by_name, proposed_at_ms, reviewed_by_id, reviewed_by_name, " +
        "reviewed_at_ms, review_note";

    public static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, Proposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO proposals (alert_id, decision, reason, state, proposed_by_id, proposed_by_name, proposed_at_ms, reviewed_by_id, " +
            "reviewed_by_name, reviewed_at_ms, review_note) VALUES (@alert, @decision, @reason, @state, @byId, @byName, @at, @reviewerId, " +
            "@reviewerName, @reviewedAt, @note) RETURNING id",
            Values(proposal));
        return Sql.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, Proposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        await using var command = Sql.Command(connection, transaction,
            "UPDATE proposals SET alert_id = @alert, decision = @decision, reason = @reason, state = @state, proposed_by_id = @byId, " +
            "proposed_by_name = @byName, proposed_at_ms = @at, reviewed_by_id = @reviewerId, reviewed_by_name = @reviewerName, " +
            "reviewed_at_ms = @reviewedAt, review_note = @note WHERE id = @id",
            [.. Values(proposal), ("id", proposal.Id)]);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"no proposal {proposal.Id} to update");
        }
    }

    public static async Task<IReadOnlyList<Proposal>> OfAlertAsync(
        DbConnection connection, DbTransaction transaction, long alertId, CancellationToken cancellationToken) =>
        await ReadAllAsync(Sql.Command(connection, transaction, $"SELECT {Columns} FROM proposals WHERE alert_id = @alert ORDER BY id",
            ("alert", alertId)), cancellationToken);

    public static async Task<IReadOnlyList<Proposal>> PendingAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ReadAllAsync(Sql.Command(connection, transaction, $"SELECT {Columns} FROM proposals WHERE state = 'Pending' ORDER BY id"),
            cancellationToken);

    public static async Task<long> InsertCommentAsync(DbConnection connection, DbTransaction transaction, Comment comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO alert_comments (alert_id, actor_id, actor_name, at_ms, text) VALUES (@alert, @id, @name, @at, @text) RETURNING id",
            ("alert", comment.AlertId), ("id", comment.ActorId), ("name", comment.ActorName), ("at", comment.At.ToUnixTimeMilliseconds()),
            ("text", comment.Text));
        return Sql.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public static async Task<IReadOnlyList<Comment>> CommentsAsync(
        DbConnection connection, DbTransaction transaction, long alertId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT id, alert_id, actor_id, actor_name, at_ms, text FROM alert_comments WHERE alert_id = @alert ORDER BY id", ("alert", alertId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var comments = new List<Comment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            comments.Add(new Comment(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), reader.GetString(5)));
        }

        return comments;
    }

    private static (string, object?)[] Values(Proposal p) =>
    [
        ("alert", p.AlertId), ("decision", p.Decision.ToString()), ("reason", p.Reason), ("state", p.State.ToString()), ("byId", p.ProposedById),
        ("byName", p.ProposedByName), ("at", p.ProposedAt.ToUnixTimeMilliseconds()), ("reviewerId", p.ReviewedById),
        ("reviewerName", p.ReviewedByName), ("reviewedAt", p.ReviewedAt?.ToUnixTimeMilliseconds()), ("note", p.ReviewNote),
    ];

    private static async Task<IReadOnlyList<Proposal>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var proposals = new List<Proposal>();
            while (await reader.ReadAsync(cancellationToken))
            {
                proposals.Add(new Proposal(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    Enum.Parse<Decision>(reader.GetString(2)),
                    reader.GetString(3),
                    Enum.Parse<ProposalState>(reader.GetString(4)),
                    reader.GetString(5),
                    reader.GetString(6),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    Sql.NullableString(reader, 8),
                    Sql.NullableString(reader, 9),
                    Sql.NullableInt64(reader, 10) is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null,
                    Sql.NullableString(reader, 11)));
            }

            return proposals;
        }
    }
}
