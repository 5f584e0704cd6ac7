using Snapback.Store.Postgres;
using Snapback.Store.Sqlite;

namespace Snapback.Store;

/// <summary>Opens the store the command line or the server is configured for.</summary>
public static class SnapbackStore
{
    /// <summary>The SQLite file used when neither <c>--db</c> nor <c>SNAPBACK_DB</c> says otherwise.</summary>
    public const string DefaultSqlitePath = ".snapback/snapback.db";

    /// <summary>The environment variable naming the SQLite file when no <c>--db</c> option is given.</summary>
    public const string DbVariable = "SNAPBACK_DB";

    /// <summary>The SQLite file to use: <paramref name="option"/> if given, else <c>SNAPBACK_DB</c>, else <see cref="DefaultSqlitePath"/>.</summary>
    public static string SqlitePath(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(DbVariable) is { Length: > 0 } configured ? configured
        : DefaultSqlitePath;

    /// <summary>Opens (creating folder and file if needed) the SQLite store at <see cref="SqlitePath"/>(<paramref name="option"/>).</summary>
    public static Task<SqliteListStore> OpenSqliteAsync(string? option, CancellationToken cancellationToken) =>
        SqliteListStore.OpenAsync(SqlitePath(option), cancellationToken);

    /// <summary>Opens the PostgreSQL store; dispose it to close its connection pool.</summary>
    public static Task<PostgresListStore> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken) =>
        PostgresListStore.OpenAsync(connectionString, cancellationToken);
}
