using Npgsql;

namespace Snapback.Store.Tests.Support;

/// <summary>The real PostgreSQL server named by SNAPBACK_TEST_PG (see .ci/postgres.sh); without it the tests fail, saying how to start one.</summary>
internal static class PostgresServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("SNAPBACK_TEST_PG") is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException(
                "SNAPBACK_TEST_PG is not set: run .ci/postgres.sh and export the connection string it prints (./test.sh does both)");

    /// <summary>The connection string with <paramref name="schema"/> as its search path.</summary>
    public static string InSchema(string schema) => new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();

    /// <summary>Runs SQL around the store under test and returns the first value.</summary>
    public static async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(CancellationToken.None);
    }
}
