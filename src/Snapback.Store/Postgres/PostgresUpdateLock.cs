using Npgsql;

namespace Snapback.Store.Postgres;

/// <summary>
/// The right to update one source of a PostgreSQL store: a session advisory lock held on its own connection, keyed by the schema and
/// the source, so that stores in different schemas of one database do not wait for each other. The server releases it if the
/// process dies.
/// </summary>
internal sealed class PostgresUpdateLock : IAsyncDisposable
{
    // The first key of every update lock; the second is a hash of schema and source.
    private const int LockClass = 7262202;

    private const string Key = "@class, hashtext(current_schema() || '/' || @source)";

    private readonly NpgsqlConnection connection;
    private readonly string source;

    private PostgresUpdateLock(NpgsqlConnection connection, string source)
    {
        this.connection = connection;
        this.source = source;
    }

    public static async Task<IAsyncDisposable> AcquireAsync(NpgsqlDataSource dataSource, string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var held = new PostgresUpdateLock(connection, source);
        try
        {
            await using var command = held.Command($"SELECT pg_advisory_lock({Key})");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return held;
        }
        catch
        {
            // A cancel can arrive just after the lock was granted; unlocking a lock not held is harmless.
            await held.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = Command($"SELECT pg_advisory_unlock({Key})");
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
        {
            // The connection is broken, so its session is gone and the server has released the lock with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection)
    {
        Parameters = { new NpgsqlParameter("class", LockClass), new NpgsqlParameter("source", source) },
    };
}
