using System.Text.Json;
using System.Xml.Linq;
using Snapback.Cli.Tests.Support;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Cli.Tests.Lists;

public sealed class ListsCommandTests
{
    private static readonly string UnBefore = RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
    private static readonly string UnAfter = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");

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

    private static HashSet<string> References(string path) =>
        XDocument.Load(path).Descendants("REFERENCE_NUMBER").Select(r => r.Value.Trim()).ToHashSet(StringComparer.Ordinal);
}
