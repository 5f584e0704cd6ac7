using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Snapback.Cli.Tests.Support;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Cases.Keys;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Store;
using Snapback.Store.Postgres;
using Snapback.Store.Sqlite;

namespace Snapback.Cli.Tests.Customers;

/// <summary>A <c>snapback</c> process killed (SIGKILL) in the middle of a customer import or a decision leaves nothing half-written.</summary>
public sealed class CustomersCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 600_000)]
    public async Task Import_KilledWhileWritingOnSqlite_LeavesNoCustomerAndNoAuditRow()
    {
        using var run = new CliRun();
        var store = await SqliteListStore.OpenAsync(run.Database, Ct);
        await new KeyService(store.Cases, TimeProvider.System).CreateAsync("ana", CaseRole.Analyst, Operator, Ct);
        var big = Path.Combine(run.Folder, "big.csv");
        await File.WriteAllTextAsync(big, Customers(50_000), Ct);

        using var process = run.Start(run.Database, "--as", "ana", "customers", "import", big);
        // The import's transaction spills its pages into the write-ahead log as it goes; once the log has grown, rows are being written.
        var wal = run.Database + "-wal";
        while (!File.Exists(wal) || new FileInfo(wal).Length < 4 << 20)
        {
            Assert.False(process.HasExited, "the import ended before it could be killed; the file is too small for this machine");
            await Task.Delay(20, Ct);
        }

        process.Kill();
        await process.WaitForExitAsync(Ct);

        Assert.Equal(0, await CountAsync(run.Database, "customers"));
        Assert.Equal(0, await CountAsync(run.Database, "customer_versions"));
        Assert.Equal(1, await CountAsync(run.Database, "audit_log"));
        Assert.True((await new AuditVerifier(store.Cases).VerifyAsync(Ct)).Valid);
        var after = await run.SnapbackAsync("--as", "ana", "customers", "import", "--format", "csv", big);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Equal(50_000, await CountAsync(run.Database, "customers"));
        SqliteConnection.ClearAllPools();
    }

    [Fact(Timeout = 600_000)]
    [Trait("Category", "Postgres")]
    public async Task Import_KilledWhileWaitingMidwayOnPostgres_LeavesTheEarlierRowsUnwritten()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        using var run = new CliRun();
        await using var store = await PostgresListStore.OpenAsync(schema.ConnectionString, Ct);
        await new KeyService(store.Cases, TimeProvider.System).CreateAsync("ana", CaseRole.Analyst, Operator, Ct);
        await File.WriteAllTextAsync(Path.Combine(run.Folder, "one.csv"), "id,name\nC-000005,First Version\n", Ct);
        Ok(await run.SnapbackOnAsync(schema.ConnectionString, "--as", "ana", "customers", "import", "one.csv"));
        await File.WriteAllTextAsync(Path.Combine(run.Folder, "ten.csv"), Customers(10), Ct);

        // Hold customer C-000005's row: the import writes C-000000 to C-000004, then waits for it inside its transaction.
        await using var holder = new NpgsqlConnection(schema.ConnectionString);
        await holder.OpenAsync(Ct);
        await using var hold = await holder.BeginTransactionAsync(Ct);
        await using (var lockRow = new NpgsqlCommand("SELECT id FROM customers WHERE id = 'C-000005' FOR UPDATE", holder, hold))
        {
            await lockRow.ExecuteNonQueryAsync(Ct);
        }

        using var process = run.Start(schema.ConnectionString, "--as", "ana", "customers", "import", "ten.csv");
        await WaitForLockWaitAsync(schema, "INSERT INTO customers", process);
        process.Kill();
        await process.WaitForExitAsync(Ct);
        await hold.RollbackAsync(Ct);

        Assert.Equal(1L, await schema.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}.customers"));
        Assert.Equal(1L, await schema.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}.customer_versions"));
        var after = await run.SnapbackOnAsync(schema.ConnectionString, "--as", "ana", "customers", "import", "ten.csv");
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Contains("9 inserted, 1 updated", after.Output, StringComparison.Ordinal);
        Assert.Equal(3L, await schema.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}.audit_log"));
        Assert.True((await new AuditVerifier(store.Cases).VerifyAsync(Ct)).Valid);
    }

    [Fact(Timeout = 600_000)]
    [Trait("Category", "Postgres")]
    public async Task Approve_KilledMidDecisionOnPostgres_LeavesTheProposalPendingAndNoAuditRow()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        using var run = new CliRun();
        await using var store = await PostgresListStore.OpenAsync(schema.ConnectionString, Ct);
        var alert = await ProposedAlertAsync(store);
        var auditRows = await schema.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}.audit_log");

        // Hold the alert's row: the approval updates the proposal, then waits to update the alert, inside its transaction.
        await using var holder = new NpgsqlConnection(schema.ConnectionString);
        await holder.OpenAsync(Ct);
        await using var hold = await holder.BeginTransactionAsync(Ct);
        await using (var lockRow = new NpgsqlCommand($"SELECT id FROM alerts WHERE id = {alert} FOR UPDATE", holder, hold))
        {
            await lockRow.ExecuteNonQueryAsync(Ct);
        }

        using var process = run.Start(schema.ConnectionString, "--as", "bob", "alerts", "approve", alert.ToString(CultureInfo.InvariantCulture));
        await WaitForLockWaitAsync(schema, "UPDATE alerts", process);
        process.Kill();
        await process.WaitForExitAsync(Ct);
        await hold.RollbackAsync(Ct);

        await using (var session = await store.Cases.BeginReadAsync(Ct))
        {
            Assert.Equal(AlertStatus.Proposed, (await session.GetAlertAsync(alert, Ct))!.Status);
            Assert.Equal(ProposalState.Pending, Assert.Single(await session.ProposalsAsync(alert, Ct)).State);
        }

        // The next approval waits for the killed one's transaction to be rolled back, then is the only one recorded.
        var after = await run.SnapbackOnAsync(schema.ConnectionString, "--as", "bob", "alerts", "approve", alert.ToString(CultureInfo.InvariantCulture));
        Assert.True(after.ExitCode == 0, after.ToString());
        // The approval and the suppression it creates: two rows, from the second process only.
        Assert.Equal((long)auditRows! + 2, await schema.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}.audit_log"));
        Assert.Equal(1L, await schema.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}.audit_log WHERE action = 'decision.approved'"));
        Assert.True((await new AuditVerifier(store.Cases).VerifyAsync(Ct)).Valid);
    }

    private static Actor Operator { get; } = new("local:test", "test", CaseRole.Admin);

    private static string Customers(int count)
    {
        var text = new StringBuilder("id,name,kind,birth_date,country,segment\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"C-{i:000000},Person{i} Testname Number{i % 97},person,19{10 + (i % 90)}-01-01,DE,retail\n");
        }

        return text.ToString();
    }

    private static async Task<long> ProposedAlertAsync(SqlListStore store)
    {
        var keys = new KeyService(store.Cases, TimeProvider.System);
        var ana = (await keys.CreateAsync("ana", CaseRole.Analyst, Operator, Ct)).Key.Actor;
        await keys.CreateAsync("bob", CaseRole.Approver, Operator, Ct);
        using (var input = new MemoryStream(Encoding.UTF8.GetBytes("id,name,kind\nC-1,Ivan Petrov,person\n")))
        {
            await new Screening.Cases.Customers.CustomerImporter(store.Cases, TimeProvider.System)
                .ImportAsync(input, Screening.Batch.PartyFileFormat.Csv, "c.csv", ana, Ct);
        }

        var screening = new ScreeningService();
        screening.Swap(new LoadedLists(Matching.MatchIndex.Build([Screening.Tests.Support.Some.Person("un:1", "IVAN PETROV")]), [], DateTimeOffset.UnixEpoch));
        var alert = Assert.Single((await new AlertScreener(store.Cases, screening, TimeProvider.System).ScreenAllAsync(ana, null, Ct)).Created);
        await new DecisionService(store.Cases, TimeProvider.System).ProposeAsync(alert, Decision.FalsePositive, "born elsewhere", ana, Ct);
        return alert;
    }

    // Waits until a backend of this schema's database waits for a row lock running the given statement.
    private static async Task WaitForLockWaitAsync(PostgresSchema schema, string statement, System.Diagnostics.Process process)
    {
        while (Convert.ToInt64(await schema.ScalarAsync(
            $"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '{statement}%'"), CultureInfo.InvariantCulture) == 0)
        {
            Assert.False(process.HasExited, "the process ended before it reached the held row");
            await Task.Delay(20, Ct);
        }
    }

    private static async Task<long> CountAsync(string database, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    private static CliRun.Result Ok(CliRun.Result result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
