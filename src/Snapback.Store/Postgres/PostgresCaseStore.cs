using System.Data;
using System.Data.Common;
using Npgsql;
using Snapback.Store.Cases;

namespace Snapback.Store.Postgres;

/// <summary>
/// Cases in PostgreSQL. A writing session locks the audit chain's head row FOR UPDATE as its first statement, so writing sessions
/// run one after another and the chain never forks; a reading session is a read-only REPEATABLE READ snapshot that waits for nobody.
/// </summary>
internal sealed class PostgresCaseStore(NpgsqlDataSource dataSource) : SqlCaseStore
{
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, bool write, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(write ? IsolationLevel.ReadCommitted : IsolationLevel.RepeatableRead, cancellationToken);
        try
        {
            await using var command = Sql.Command(connection, transaction,
                write ? "SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE" : "SET TRANSACTION READ ONLY");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
