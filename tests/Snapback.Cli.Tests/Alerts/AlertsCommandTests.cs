using Microsoft.Data.Sqlite;
using Snapback.Cli.Tests.Support;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Tests;

namespace Snapback.Cli.Tests.Alerts;

/// <summary>The analyst flow through the real binary: keys, customers, screening, four eyes, suppression and the audit trail.</summary>
public sealed class AlertsCommandTests
{
    private static readonly string UnList = Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz");

    [Fact(Timeout = 600_000)]
    public async Task FourEyes_OnSqlite_SameUserCannotApproveAndTheApprovedFalsePositiveStaysQuiet()
    {
        using var run = new CliRun();
        await FlowAsync(run, run.Database);

        // Someone with the file edits a decision after the fact: verify names the row.
        await using (var connection = new SqliteConnection($"Data Source={run.Database};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_log SET actor_name = 'bob' WHERE action = 'decision.proposed'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var broken = await run.SnapbackAsync("audit", "verify");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("BROKEN at row", broken.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 600_000)]
    [Trait("Category", "Postgres")]
    public async Task FourEyes_OnPostgres_SameUserCannotApproveAndTheApprovedFalsePositiveStaysQuiet()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        using var run = new CliRun();
        await FlowAsync(run, schema.ConnectionString);
    }

    private static async Task FlowAsync(CliRun run, string database)
    {
        var listed = ListReader.Read(UnList).Entities.First(static e => e.Kind == EntityKind.Person);
        await File.WriteAllTextAsync(Path.Combine(run.Folder, "customers.csv"),
            $"id,name,kind\nC-1,\"{listed.PrimaryName}\",person\nC-2,Jane Placeholder-Nobody,person\n", TestContext.Current.CancellationToken);
        Ok(await run.SnapbackOnAsync(database, "lists", "import", UnList));
        Ok(await run.SnapbackOnAsync(database, "keys", "create", "ana", "--role", "analyst"));
        Ok(await run.SnapbackOnAsync(database, "keys", "create", "cat", "--role", "approver"));
        Ok(await run.SnapbackOnAsync(database, "keys", "create", "bob", "--role", "approver"));
        Ok(await run.SnapbackOnAsync(database, "--as", "ana", "customers", "import", "customers.csv"));
        var screened = Ok(await run.SnapbackOnAsync(database, "--as", "ana", "customers", "screen"));
        Assert.Contains("raised: 1", screened.Output, StringComparison.Ordinal);
        Assert.Contains(listed.Id, Ok(await run.SnapbackOnAsync(database, "alerts", "list")).Output, StringComparison.Ordinal);

        Ok(await run.SnapbackOnAsync(database, "--as", "cat", "alerts", "propose", "1", "--decision", "false-positive", "--reason", "born elsewhere"));
        var own = await run.SnapbackOnAsync(database, "--as", "cat", "alerts", "approve", "1");
        var analyst = await run.SnapbackOnAsync(database, "--as", "ana", "alerts", "approve", "1");
        var nobody = await run.SnapbackOnAsync(database, "--as", "mallory", "alerts", "approve", "1");
        var approved = Ok(await run.SnapbackOnAsync(database, "--as", "bob", "alerts", "approve", "1", "--note", "agreed"));
        var again = Ok(await run.SnapbackOnAsync(database, "--as", "ana", "customers", "screen"));
        var shown = Ok(await run.SnapbackOnAsync(database, "alerts", "show", "1"));
        var verified = Ok(await run.SnapbackOnAsync(database, "audit", "verify"));
        Ok(await run.SnapbackOnAsync(database, "audit", "export", "--output", "audit.csv"));

        Assert.Equal(4, own.ExitCode);
        Assert.Contains("four eyes", own.Error, StringComparison.Ordinal);
        Assert.Equal(4, analyst.ExitCode);
        Assert.Contains("approver role", analyst.Error, StringComparison.Ordinal);
        Assert.Equal(2, nobody.ExitCode);
        Assert.Contains("no active key named 'mallory'", nobody.Error, StringComparison.Ordinal);
        Assert.Contains("approved by bob; now closed", approved.Output, StringComparison.Ordinal);
        Assert.Contains("0 alerts raised", again.Output, StringComparison.Ordinal);
        Assert.Contains("1 suppressed", again.Output, StringComparison.Ordinal);
        Assert.Contains("false-positive by cat: born elsewhere — approved by bob: agreed", shown.Output, StringComparison.Ordinal);
        Assert.Matches(@"audit: \d+ rows, the chain holds", verified.Output);
        var exported = await File.ReadAllLinesAsync(Path.Combine(run.Folder, "audit.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("seq,at,actor_id,actor_name,action,subject,data,prev_hash,hash", exported[0]);
        Assert.Contains(exported, line => line.Contains(",bob,decision.approved,alert:1,", StringComparison.Ordinal));
        Assert.Contains(exported, line => line.Contains(",suppression.created,alert:1,", StringComparison.Ordinal));
    }

    private static CliRun.Result Ok(CliRun.Result result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
