using System.Data.Common;

namespace Snapback.Store;

/// <summary>A session's connection and transaction: committed once, rolled back when disposed without commit.</summary>
internal sealed class SessionTransaction(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private bool done;

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public async Task CommitAsync(object owner, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(done, owner);
        await transaction.CommitAsync(cancellationToken);
        done = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!done)
            {
                done = true;
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // The connection broke, and the server or file has already dropped the transaction with it.
        }
        finally
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
