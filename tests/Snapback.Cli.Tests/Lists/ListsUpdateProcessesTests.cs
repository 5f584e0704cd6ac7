using System.Text.Json;
using Snapback.Cli.Tests.Support;
using Snapback.Screening.Tests.Support;
using Snapback.Store.Postgres;
using Snapback.Tests;

namespace Snapback.Cli.Tests.Lists;

/// <summary>Two <c>snapback lists update</c> processes on one PostgreSQL store and one list server.</summary>
[Trait("Category", "Postgres")]
public sealed class ListsUpdateProcessesTests
{
    private static readonly string UnAfter = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task Update_TwoProcessesSharingAPostgresStore_ImportThePublicationOnce()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var server = await ListServer.StartAsync();
        server.Handler = (context, _) => ListServer.ServeFileAsync(context, UnAfter, "\"v1\"");
        await using var store = await PostgresListStore.OpenAsync(schema.ConnectionString, Ct);
        using var run = new CliRun();

        // Hold the update lock of the UN list, start both processes, and let go only when both are queued behind it in the server:
        // whatever the machine's speed, they then meet at the lock.
        var held = await store.LockUpdatesAsync("un", Ct);
        var command = $"dotnet '{CliRun.Binary}' --db '{schema.ConnectionString}' lists update --source un --url 'un={server.Url}' --json";
        var processes = new[] { run.ShellAsync(command, run.Folder), run.ShellAsync(command, run.Folder) };
        while (Convert.ToInt64(await schema.ScalarAsync(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 7262202 " +
            $"AND objid = hashtext('{schema.Name}/un')::oid"), System.Globalization.CultureInfo.InvariantCulture) < 2)
        {
            Assert.DoesNotContain(processes, static p => p.IsCompleted);
            await Task.Delay(50, Ct);
        }

        Assert.Empty(server.Requests);
        await held.DisposeAsync();
        var results = await Task.WhenAll(processes);

        Assert.All(results, static r => Assert.True(r.ExitCode == 0, r.ToString()));
        var statuses = results.Select(static r => JsonDocument.Parse(r.Output).RootElement[0].GetProperty("status").GetString()).Order();
        Assert.Equal(["imported", "not_modified"], statuses);
        Assert.Single(await store.ListSnapshotsAsync("un", Ct));
        // The second process asked with the first one's validator: it started from what the first had stored.
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("\"v1\"", server.Requests[1].IfNoneMatch.ToString());
    }
}
