using Snapback.Store.Postgres;
using Snapback.Store.Sqlite;

namespace Snapback.Store;

/// <summary>Opens the store the command line or the server is configured for.</summary>
public static class SnapbackStore
{
    /// <summary>The SQLite file used when neither <c>--db</c> nor <c>SNAPBACK_DB</c> says otherwise.</summary>
    public const string DefaultSqlitePath = ".snapback/snapback.db";

    /// <summary>Opens (creating if needed) the SQLite store at <paramref name="path"/>, or at <see cref="DefaultSqlitePath"/> when null.</summary>
    public static Task<SqliteListStore> OpenSqliteAsync(string? path, CancellationToken cancellationToken) =>
        SqliteListStore.OpenAsync(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path, cancellationToken);

    /// <summary>Opens the PostgreSQL store; dispose it to close its connection pool.</summary>
    public static Task<PostgresListStore> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken) =>
        PostgresListStore.OpenAsync(connectionString, cancellationToken);
}
