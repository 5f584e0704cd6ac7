using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Snapback.Cli.Tests.Support;
using Snapback.Lists.Formats;
using Snapback.Tests;

namespace Snapback.Cli.Tests.Monitor;

/// <summary><c>snapback monitor</c> through the real binary, a run killed (SIGKILL) half way included.</summary>
public sealed class MonitorCommandTests
{
    private static readonly string UnList = Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 900_000)]
    public async Task Run_KilledHalfWayThenRunAgain_EndsWithTheAlertsOfAnUninterruptedRun()
    {
        using var run = new CliRun();
        await File.WriteAllTextAsync(Path.Combine(run.Folder, "customers.csv"), Customers(6_000), Ct);
        Ok(await run.SnapbackAsync("lists", "import", UnList));
        Ok(await run.SnapbackAsync("keys", "create", "ana", "--role", "analyst"));
        Ok(await run.SnapbackAsync("--as", "ana", "customers", "import", "customers.csv"));
        using var twin = new CliRun();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(run.Folder, "snapback.db*"))
        {
            File.Copy(file, Path.Combine(twin.Folder, Path.GetFileName(file)));
        }

        using (var process = run.Start(run.Database, "monitor", "run"))
        {
            // Kill it once it has committed a page of alerts with its cursor, and before it completes.
            while (await ScalarAsync(run.Database, "SELECT COUNT(*) FROM monitor_runs WHERE status = 'Running' AND page_cursor IS NOT NULL") == 0)
            {
                Assert.False(process.HasExited, "the run ended before it could be killed; the portfolio is too small for this machine");
                await Task.Delay(10, Ct);
            }

            process.Kill();
            await process.WaitForExitAsync(Ct);
        }

        Assert.True(await ScalarAsync(run.Database, "SELECT COUNT(*) FROM monitor_runs WHERE status <> 'Completed'") > 0);
        var resumed = Ok(await run.SnapbackAsync("monitor", "run"));
        var uninterrupted = Ok(await twin.SnapbackAsync("monitor", "run"));
        var status = Ok(await run.SnapbackAsync("monitor", "status", "--json"));

        Assert.Contains("completed", resumed.Output, StringComparison.Ordinal);
        Assert.Contains("alerts created:", uninterrupted.Output, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"completed\"", status.Output, StringComparison.Ordinal);
        var alerts = await AlertsAsync(run.Database);
        Assert.NotEmpty(alerts);
        Assert.Equal(await AlertsAsync(twin.Database), alerts);
        Assert.Equal(alerts.Count, alerts.Distinct().Count());
        Assert.Contains("no monitoring run pending", Ok(await run.SnapbackAsync("monitor", "run")).Output, StringComparison.Ordinal);
        Assert.Contains("the chain holds", Ok(await run.SnapbackAsync("audit", "verify")).Output, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    // One customer in five is a listed name of the UN list, as written; the rest are names no list holds.
    private static string Customers(int count)
    {
        var listed = ListReader.Read(UnList).Entities.Select(static e => e.PrimaryName).Where(static n => !n.Contains('"', StringComparison.Ordinal)).ToArray();
        var text = new StringBuilder("id,name\n");
        for (var i = 0; i < count; i++)
        {
            var name = i % 5 == 0 ? listed[i / 5 % listed.Length] : string.Create(CultureInfo.InvariantCulture, $"Plain Customer Number{i:x}q");
            text.Append(CultureInfo.InvariantCulture, $"C-{i:000000},\"{name}\"\n");
        }

        return text.ToString();
    }

    private static async Task<List<string>> AlertsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT customer_id, entity_id, status, score FROM alerts ORDER BY customer_id, entity_id, id";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)} {reader.GetDouble(3)}"));
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    private static CliRun.Result Ok(CliRun.Result result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
