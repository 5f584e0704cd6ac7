using Npgsql;

namespace Snapback.Cli.Tests.Support;

/// <summary>
/// A fresh schema on the PostgreSQL server named by SNAPBACK_TEST_PG (see .ci/postgres.sh), dropped on dispose. Without the variable
/// the test fails, saying how to start one: a run that cannot reach the real server has not tested it.
/// </summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private readonly string server;

    private PostgresSchema(string server, string name)
    {
        this.server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name }.ToString();
    }

    public string Name { get; }

    /// <summary>Connects to the server with this schema as the search path, as <c>--db</c> takes it.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("SNAPBACK_TEST_PG");
        if (string.IsNullOrEmpty(server))
        {
            Assert.Fail("SNAPBACK_TEST_PG is not set: run .ci/postgres.sh and export the connection string it prints (./test.sh does both)");
        }

        var schema = new PostgresSchema(server, "snapback_cli_" + Guid.NewGuid().ToString("N"));
        await schema.ScalarAsync($"CREATE SCHEMA {schema.Name}");
        return schema;
    }

    /// <summary>Runs <paramref name="sql"/> on its own connection (outside the schema's search path) and returns the first value.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await ScalarAsync($"DROP SCHEMA {Name} CASCADE");
}
