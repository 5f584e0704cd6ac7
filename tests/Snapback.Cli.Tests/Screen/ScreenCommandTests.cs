using System.Text.Json;
using Snapback.Cli.Tests.Support;

namespace Snapback.Cli.Tests.Screen;

public sealed class ScreenCommandTests
{
    [Fact]
    public async Task Screen_CyrillicNameAsJson_FindsTheLatinListingWithExplanation()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var result = await run.SnapbackAsync("screen", "Владимир Путин", "--kind", "person", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        var putin = Assert.Single(hits, h => h.GetProperty("entity_id").GetString() == "ofac:35096");
        Assert.Equal("person", putin.GetProperty("kind").GetString());
        Assert.Contains("PUTIN", putin.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(putin.GetProperty("explanation").GetProperty("tokens").EnumerateArray());
    }

    [Fact]
    public async Task Screen_AsOfBeforeAndAfterTheIranSnapback_ReplaysTheListsInForce()
    {
        using var run = new CliRun();
        var before = Snapback.Tests.RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
        var after = Snapback.Tests.RepoPaths.Shared("un", "consolidated-2025-11-29.xml");
        Assert.Equal(0, (await run.SnapbackAsync("lists", "import", before, after)).ExitCode);
        var relisted = System.Xml.Linq.XDocument.Load(after).Descendants("INDIVIDUAL")
            .First(i => ((string?)i.Element("REFERENCE_NUMBER"))?.StartsWith("IRi.", StringComparison.Ordinal) == true);
        var id = "un:" + ((string)relisted.Element("REFERENCE_NUMBER")!).Trim();
        var name = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME" }
            .Select(e => ((string?)relisted.Element(e))?.Trim()).Where(p => !string.IsNullOrEmpty(p)));

        var then = await run.SnapbackAsync("screen", name, "--as-of", "2025-05-01", "--json");
        var now = await run.SnapbackAsync("screen", name, "--as-of", "2025-12-01", "--json");

        Assert.True(then.ExitCode == 0, then.ToString());
        Assert.DoesNotContain(id, then.Output, StringComparison.Ordinal);
        Assert.Contains($"\"entity_id\":\"{id}\"", now.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_BadBirthDate_ExitsWithTheFieldNamed()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var result = await run.SnapbackAsync("screen", "Vladimir Putin", "--dob", "07.10.1952");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("birth_date", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenFile_JsonLinesWithABadRow_WritesEveryLineInOrderAndExitsOne()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var input = Path.Combine(run.Folder, "parties.jsonl");
        var output = Path.Combine(run.Folder, "hits.jsonl");
        await File.WriteAllLinesAsync(
            input,
            [
                """{"id":"1","name":"Bank Rossiya","kind":"organization"}""",
                """{"id":"2","name":"Kim Jong Un","kind":"person","birth_date":"1984-01-08"}""",
                """{"id":"3","kind":"person"}""",
                """{"id":"4" "name":"broken json"}""",
                """{"id":"5","name":"Zqxw Plmokn Uhbygv"}""",
            ],
            TestContext.Current.CancellationToken);

        var result = await run.SnapbackAsync("screen", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(5, lines.Length);
        Assert.False(File.Exists(output + ".partial"));
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["1", "2", "3"], parsed.Take(3).Select(p => p.GetProperty("id").GetString()));
        Assert.Contains(parsed[0].GetProperty("hits").EnumerateArray(), h => h.GetProperty("entity_id").GetString() == "ofac:16681");
        Assert.Contains(parsed[1].GetProperty("hits").EnumerateArray(), h => h.GetProperty("entity_id").GetString() == "ofac:20157");
        Assert.Contains("name: required", parsed[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 4", parsed[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(parsed[4].GetProperty("hits").EnumerateArray());
        Assert.Contains("2 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenFile_CsvToCsv_HasHeaderAndOneRowPerHitOrParty()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var input = Path.Combine(run.Folder, "customers.csv");
        var output = Path.Combine(run.Folder, "results.csv");
        await File.WriteAllTextAsync(input, "id,name,kind\nc1,\"PUTIN, Vladimir\",person\nc2,Ordinary Person Smith,person\n", TestContext.Current.CancellationToken);

        var result = await run.SnapbackAsync("screen", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.StartsWith("id,entity_id,score,name,kind,lists", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("c1,ofac:35096,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("c2,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScreenFile_CsvWithAStrayQuoteInTheFirstRow_ScreensTheOtherRowsAndCountsThem()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var input = Path.Combine(run.Folder, "customers.csv");
        var output = Path.Combine(run.Folder, "results.csv");
        await File.WriteAllTextAsync(input, "id,name\n1,Vla\"dimir Putin\n2,Tariq Aziz\n3,Kim Jong Un\n", TestContext.Current.CancellationToken);

        var result = await run.SnapbackAsync("screen", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        var rows = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Contains(rows, static r => r.StartsWith("1,,,,,,,,line 2: stray quote", StringComparison.Ordinal));
        Assert.Contains(rows, static r => r.StartsWith("2,un:IQi.025,", StringComparison.Ordinal));
        Assert.Contains(rows, static r => r.StartsWith("3,ofac:20157,", StringComparison.Ordinal));
        Assert.Contains("read 3 rows: 2 screened", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenFile_FormulaIdsToCsv_ComeBackAsQuotedText()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var input = Path.Combine(run.Folder, "customers.jsonl");
        var output = Path.Combine(run.Folder, "results.csv");
        string[] ids = ["=HYPERLINK(\"http://attacker.example\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"];
        await File.WriteAllLinesAsync(
            input, ids.Select(static id => JsonSerializer.Serialize(new { id, name = "Kim Jong Un" })), TestContext.Current.CancellationToken);

        var result = await run.SnapbackAsync("screen", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
        var cells = Snapback.Lists.Formats.CsvReader.ReadRows(new StringReader(text), "results.csv").Skip(1).Select(static r => r[0]).ToHashSet();
        Assert.Equal(ids.Select(static id => "'" + id).ToHashSet(), cells);
    }

    [Theory]
    [InlineData("NaN", false)]
    [InlineData("Infinity", false)]
    [InlineData("-0.5", false)]
    [InlineData("1.5", true)]
    public async Task Screen_ThresholdNotANumberFromZeroToOne_ExitsTwoNamingIt(string threshold, bool batch)
    {
        using var run = await CliRun.WithBundledListsAsync();
        var input = Path.Combine(run.Folder, "parties.jsonl");
        await File.WriteAllTextAsync(input, """{"id":"1","name":"Kim Jong Un"}""" + "\n", TestContext.Current.CancellationToken);

        var result = batch
            ? await run.SnapbackAsync("screen", "--input", input, "--output", "-", "--threshold", threshold)
            : await run.SnapbackAsync("screen", "Kim Jong Un", "--threshold", threshold);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--threshold", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }
}
