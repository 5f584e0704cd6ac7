using System.Text.Json;
using Snapback.Cli.Tests.Support;

namespace Snapback.Cli.Tests.Scan;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task Scan_NewsFileAsJson_GivesEachMentionsSpanAndEntity()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var file = Path.Combine(run.Folder, "news.txt");
        const string text = "Sanctions on President Vladimir Putin's inner circle widened.\nВстреча Владимира Путина прошла в Кремле.";
        await File.WriteAllTextAsync(file, text, TestContext.Current.CancellationToken);

        var result = await run.SnapbackAsync("scan", file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(["Vladimir Putin", "Владимира Путина"], mentions.Where(static m => m.GetProperty("entity_id").GetString() == "ofac:35096")
            .Select(static m => m.GetProperty("text").GetString()));
        Assert.All(mentions, m => Assert.Equal(
            text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()], m.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Scan_JsonLinesOnStandardInput_WritesOneLinePerText()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var input = Path.Combine(run.Folder, "texts.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"id":"m1","text":"/BNF/VLADIMIR VLADIMIROVICH PUTIN\n/REMI/INVOICE 2291"}""",
            """{"id":"m2","text":"Quarterly results beat expectations."}""",
        ], TestContext.Current.CancellationToken);

        var result = await run.ShellAsync($"dotnet {CliRun.Binary} --db {run.Database} scan --format jsonl - < {input}", run.Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"entity_id\":\"ofac:35096\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"m2\",\"mentions\":[]", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingFile_ExitsTwoSayingSo()
    {
        using var run = new CliRun();

        var result = await run.SnapbackAsync("scan", Path.Combine(run.Folder, "nowhere.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }
}
