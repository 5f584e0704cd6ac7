using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Snapback.Cli.Tests.Support;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Cli.Tests.Lists;

public sealed class ListsCommandTests
{
    private static readonly string UnBefore = RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
    private static readonly string UnAfter = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");
    private static readonly string ConList = Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz");
    private static readonly string FcdoExport = RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods");

    [Fact]
    public async Task Diff_UnAcrossTheIranSnapback_CountsMatchTheFiles()
    {
        using var run = new CliRun();
        var import = await run.SnapbackAsync("lists", "import", UnBefore, UnAfter);
        Assert.True(import.ExitCode == 0, import.ToString());

        var result = await run.SnapbackAsync("lists", "diff", "un", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var diff = JsonDocument.Parse(result.Output);
        var added = diff.RootElement.GetProperty("added").EnumerateArray().Select(a => a.GetString()!).ToHashSet();
        var removed = diff.RootElement.GetProperty("removed").EnumerateArray().Select(a => a.GetString()!).ToHashSet();

        var before = References(UnBefore);
        var after = References(UnAfter);
        Assert.Equal(after.Except(before).Select(r => "un:" + r).ToHashSet(), added);
        Assert.Equal(before.Except(after).Select(r => "un:" + r).ToHashSet(), removed);
        Assert.Equal(
            after.Except(before).Count(r => r.StartsWith("IRi.", StringComparison.Ordinal) || r.StartsWith("IRe.", StringComparison.Ordinal)),
            added.Count(a => a.StartsWith("un:IR", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Show_IranEntryAsOfBeforeAndAfterSnapback_ShowsListingState()
    {
        using var run = new CliRun();
        Assert.Equal(0, (await run.SnapbackAsync("lists", "import", RepoPaths.Shared("un", "consolidated-2023-03-09.xml"), UnBefore, UnAfter)).ExitCode);
        var id = "un:" + References(UnAfter).First(r => r.StartsWith("IRi.", StringComparison.Ordinal) && References(UnBefore).Contains(r) is false
            && References(RepoPaths.Shared("un", "consolidated-2023-03-09.xml")).Contains(r));

        var gone = await run.SnapbackAsync("lists", "show", id, "--as-of", "2025-05-01", "--json");
        var back = await run.SnapbackAsync("lists", "show", id, "--as-of", "2025-12-01", "--json");

        using var goneJson = JsonDocument.Parse(gone.Output);
        using var backJson = JsonDocument.Parse(back.Output);
        Assert.False(goneJson.RootElement.GetProperty("in_force").GetBoolean());
        Assert.True(backJson.RootElement.GetProperty("in_force").GetBoolean());
        var history = backJson.RootElement.GetProperty("history").EnumerateArray().ToList();
        Assert.True(history.Count >= 2, back.Output);
        Assert.True(history[^1].GetProperty("relisted").GetBoolean());
    }

    [Fact]
    public async Task Import_AsNamedUser_AuditsEachNewSnapshotUnderTheImporter()
    {
        using var run = new CliRun();
        Assert.Equal(0, (await run.SnapbackAsync("keys", "create", "ana", "--role", "analyst")).ExitCode);
        Assert.Equal(0, (await run.SnapbackAsync("keys", "create", "vic", "--role", "viewer")).ExitCode);

        var refused = await run.SnapbackAsync("--as", "vic", "lists", "import", UnBefore);
        var byAna = await run.SnapbackAsync("--as", "ana", "lists", "import", UnBefore);
        var again = await run.SnapbackAsync("--as", "ana", "lists", "import", UnBefore);
        var byOperator = await run.SnapbackAsync("lists", "import", UnAfter);

        Assert.True(refused.ExitCode == 4, refused.ToString());
        Assert.True((byAna.ExitCode, again.ExitCode, byOperator.ExitCode) == (0, 0, 0), byAna + again.ToString() + byOperator);
        var rows = await ListImportRowsAsync(run.Database);
        Assert.Equal(
            [("ana", Path.GetFileName(UnBefore)), ("local:" + Environment.UserName, Path.GetFileName(UnAfter))],
            rows.Select(r => (r.Actor, r.File)));
        Assert.All(rows, r => Assert.StartsWith("snapshot:", r.Subject, StringComparison.Ordinal));
        var verify = await run.SnapbackAsync("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public async Task Import_TruncatedFile_IsRejectedAndPreviousSnapshotStays()
    {
        using var run = new CliRun();
        Assert.Equal(0, (await run.SnapbackAsync("lists", "import", UnBefore)).ExitCode);
        var truncated = Path.Combine(run.Folder, "consolidated.xml");
        var bytes = await File.ReadAllBytesAsync(UnAfter, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);

        var result = await run.SnapbackAsync("lists", "import", truncated);
        var status = await run.SnapbackAsync("lists", "status", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("consolidated.xml", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(status.Output);
        var un = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(References(UnBefore).Count, un.GetProperty("snapshot").GetProperty("entity_count").GetInt32());
    }

    [Fact]
    public async Task Import_SameFileTwice_CreatesNothingNew()
    {
        using var run = new CliRun();
        Assert.Equal(0, (await run.SnapbackAsync("lists", "import", UnBefore)).ExitCode);
        var again = await run.SnapbackAsync("lists", "import", UnBefore);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterAnUpdateAndAFailedOne_ShowsHowCurrentEachListIs()
    {
        await using var server = await ListServer.StartAsync();
        server.Handler = static (context, _) =>
        {
            if (context.Request.Path.Value!.EndsWith("/consolidated.xml", StringComparison.Ordinal))
            {
                return ListServer.ServeFileAsync(context, UnBefore, "\"v1\"");
            }

            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        };
        using var run = new CliRun();
        var un = await run.SnapbackAsync("lists", "update", "--source", "un", "--url", $"un={server.Url}");
        var eu = await run.SnapbackAsync("lists", "update", "--source", "eu", "--url", $"eu={new Uri(server.Url, "missing.xml")}");
        Assert.True(un.ExitCode == 0, un.ToString());
        Assert.True(eu.ExitCode == 1, eu.ToString());

        var json = await run.SnapbackAsync("lists", "status", "--json");
        var text = await run.SnapbackAsync("lists", "status");

        Assert.True(json.ExitCode == 0, json.ToString());
        using var status = JsonDocument.Parse(json.Output);
        var lists = status.RootElement.EnumerateArray().ToList();
        Assert.Equal(["un", "eu"], lists.Select(static l => l.GetProperty("freshness").GetProperty("source").GetString()));
        Assert.Equal(References(UnBefore).Count, lists[0].GetProperty("snapshot").GetProperty("entity_count").GetInt32());
        Assert.Equal("imported", lists[0].GetProperty("freshness").GetProperty("last_status").GetString());
        Assert.False(lists[0].GetProperty("freshness").GetProperty("stale").GetBoolean());
        Assert.False(lists[1].TryGetProperty("snapshot", out _));
        Assert.Equal("failed", lists[1].GetProperty("freshness").GetProperty("last_status").GetString());
        Assert.Contains("404", lists[1].GetProperty("freshness").GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.True(lists[1].GetProperty("freshness").GetProperty("stale").GetBoolean());
        Assert.Matches(@"│ un +│ \d{4}-\d\d-\d\d \d\d:\d\dZ │ imported +│.*│ current +│", text.Output);
        Assert.Matches(@"│ eu +│ \d{4}-\d\d-\d\d \d\d:\d\dZ │ failed +│ never +│ never +│ STALE +│", text.Output);
        Assert.Contains("eu: last error", text.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lists", "status", "--stale-after", "soon")]
    [InlineData("lists", "status", "--stale-after", "-2d")]
    [InlineData("lists", "diff", "un", "--from", "99999")]
    [InlineData("lists", "show", "un:IRi.001", "--as-of", "2025-99-01")]
    public async Task BadArgument_IsOneClearLineAndExitCodeTwo(params string[] args)
    {
        using var run = new CliRun();
        Assert.Equal(0, (await run.SnapbackAsync("lists", "import", UnBefore)).ExitCode);

        var result = await run.SnapbackAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("snapback: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_UkFcdoWithItsFirstSnapshot_ComparesTheLastConListByGroupId()
    {
        using var run = new CliRun();
        var import = await run.SnapbackAsync("lists", "import", ConList, FcdoExport);
        Assert.True(import.ExitCode == 0, import.ToString());

        var text = await run.SnapbackAsync("lists", "diff", "uk-fcdo");
        var byDefault = await run.SnapbackAsync("lists", "diff", "uk-fcdo", "--json");
        using var json = JsonDocument.Parse(byDefault.Output);
        var from = json.RootElement.GetProperty("from").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var to = json.RootElement.GetProperty("to").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var byId = await run.SnapbackAsync("lists", "diff", "uk-fcdo", "--from", from, "--to", to, "--json");
        var byDate = await run.SnapbackAsync("lists", "diff", "uk-fcdo", "--from", "2025-04-14", "--to", "2025-08-11", "--json");

        // The FCDO import counts its changes against the ConList it replaced, as the diff does: not 5,302 designations added.
        Assert.Contains(
            $"(+620 -22 ~{Changed(json)} against uk-ofsi snapshot {from} of 2025-04-14, the list it supersedes, matched by OFSI group id)",
            import.Output, StringComparison.Ordinal);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains(
            $"uk-ofsi 2025-04-14 (snapshot {from}) -> uk-fcdo 2025-08-11 (snapshot {to}), matched by OFSI group id: +620 added, -22 removed",
            text.Output, StringComparison.Ordinal);
        Assert.Equal("uk-ofsi", json.RootElement.GetProperty("from").GetProperty("source").GetString());
        Assert.Equal("uk-fcdo", json.RootElement.GetProperty("to").GetProperty("source").GetString());
        Assert.Equal("OFSI group id", json.RootElement.GetProperty("matched_by").GetString());
        Assert.Equal(620, json.RootElement.GetProperty("added").GetArrayLength());
        Assert.Equal(22, json.RootElement.GetProperty("removed").GetArrayLength());
        Assert.Equal(byDefault.Output, byId.Output);
        Assert.Equal(byDefault.Output, byDate.Output);
    }

    [Fact]
    public async Task StatusShowAndScreen_AcrossTheFirstFcdoSnapshot_OneUkListInForce()
    {
        using var run = new CliRun();
        Assert.Equal(0, (await run.SnapbackAsync("lists", "import", ConList, FcdoExport)).ExitCode);

        var status = await run.SnapbackAsync("lists", "status");
        var show = await run.SnapbackAsync("lists", "show", "uk:7172");
        var before = await run.SnapbackAsync("screen", "Mohammad Hassan Akhund", "--as-of", "2025-08-10", "--json");
        var after = await run.SnapbackAsync("screen", "Mohammad Hassan Akhund", "--as-of", "2025-08-11", "--json");
        var now = await run.SnapbackAsync("screen", "Mohammad Hassan Akhund", "--json");

        Assert.Matches(@"uk-ofsi is superseded by uk-fcdo from 2025-08-11 \(snapshot \d+\): screening uses uk-fcdo only", status.Output);
        Assert.Contains("NOT in force: the list is superseded by uk-fcdo from 2025-08-11", show.Output, StringComparison.Ordinal);
        Assert.Equal([("uk:7172", "UK OFSI Consolidated")], UkHits(before));
        // AFG0006 is the FCDO designation of OFSI group 7172 in the official export.
        Assert.Equal([("uk:AFG0006", "UK Sanctions List (FCDO)")], UkHits(after));
        Assert.Equal(UkHits(after), UkHits(now));
    }

    private static int Changed(JsonDocument diff) => diff.RootElement.GetProperty("changed").GetArrayLength();

    private static List<(string Id, string List)> UkHits(CliRun.Result screen)
    {
        Assert.True(screen.ExitCode == 0, screen.ToString());
        using var json = JsonDocument.Parse(screen.Output);
        return [.. json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => (Id: h.GetProperty("entity_id").GetString()!, List: h.GetProperty("lists")[0].GetString()!))
            .Where(h => h.Id.StartsWith("uk:", StringComparison.Ordinal))];
    }

    private static HashSet<string> References(string path) =>
        XDocument.Load(path).Descendants("REFERENCE_NUMBER").Select(r => r.Value.Trim()).ToHashSet(StringComparer.Ordinal);

    // The list.imported rows of the audit trail for the files named here, in sequence order: (actor id or name, file, subject).
    private static async Task<List<(string Actor, string File, string Subject)>> ListImportRowsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor_id, actor_name, data, subject FROM audit_log WHERE action = 'list.imported' ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<(string, string, string)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            using var data = JsonDocument.Parse(reader.GetString(2));
            var file = Path.GetFileName(data.RootElement.GetProperty("file_name").GetString()!);
            if (file == Path.GetFileName(UnBefore) || file == Path.GetFileName(UnAfter))
            {
                var actor = reader.GetString(0).StartsWith("local:", StringComparison.Ordinal) ? reader.GetString(0) : reader.GetString(1);
                rows.Add((actor, file, reader.GetString(3)));
            }
        }

        return rows;
    }
}
