using System.Data.Common;
using Snapback.Screening.Cases;

namespace Snapback.Store.Cases;

/// <summary>The case store over ADO.NET: the SQLite and PostgreSQL stores differ only in how a session opens its transaction.</summary>
internal abstract class SqlCaseStore : ICaseStore
{
    public async Task<ICaseSession> BeginAsync(CancellationToken cancellationToken) => await OpenAsync(write: true, cancellationToken);

    public async Task<ICaseSession> BeginReadAsync(CancellationToken cancellationToken) => await OpenAsync(write: false, cancellationToken);

    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins the transaction; for a writing session, returns only once no other writing session runs.</summary>
    protected abstract Task<DbTransaction> BeginTransactionAsync(DbConnection connection, bool write, CancellationToken cancellationToken);

    /// <summary>A connection with its transaction begun as a case session's is (a writing one waits its turn); the caller disposes both.</summary>
    internal async Task<(DbConnection Connection, DbTransaction Transaction)> OpenTransactionAsync(bool write, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            return (connection, await BeginTransactionAsync(connection, write, cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A case session over its own connection and transaction.</summary>
    internal async Task<SqlCaseSession> OpenAsync(bool write, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await OpenTransactionAsync(write, cancellationToken);
        return new SqlCaseSession(connection, transaction);
    }
}
