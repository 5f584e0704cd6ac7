using System.Data.Common;
using Microsoft.Data.Sqlite;
using Snapback.Store.Cases;

namespace Snapback.Store.Sqlite;

/// <summary>
/// Cases in the SQLite file. A writing session begins with BEGIN IMMEDIATE, which takes the file's write lock at once (waiting up to
/// the busy timeout), so writing sessions of every process run one after another; a reading session sees one WAL snapshot.
/// </summary>
internal sealed class SqliteCaseStore(string connectionString) : SqlCaseStore
{
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    protected override Task<DbTransaction> BeginTransactionAsync(DbConnection connection, bool write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: !write));
    }
}
