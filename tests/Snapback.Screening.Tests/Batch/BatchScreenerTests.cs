using System.Text;
using System.Text.Json;
using Snapback.Lists.Model;
using Snapback.Screening.Batch;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Batch;

public sealed class BatchScreenerTests
{
    [Fact]
    public async Task Run_JsonLinesWithBadRows_ReportsThemAndScreensTheRestInOrder()
    {
        var listed = RealLists.Entities.Where(e => e.Kind == EntityKind.Person).Take(600).ToList();
        var input = new StringBuilder();
        for (var i = 0; i < listed.Count; i++)
        {
            input.AppendLine(i switch
            {
                10 => "{not json",
                20 => JsonSerializer.Serialize(new { id = "r20", name = "" }),
                30 => JsonSerializer.Serialize(new { id = "r30", name = listed[i].PrimaryName, birth_date = "31/12/1970" }),
                _ => JsonSerializer.Serialize(new { id = "r" + i, name = listed[i].PrimaryName, kind = "person" }),
            });
        }

        var output = new StringWriter();
        var summary = await RunAsync(input.ToString(), PartyFileFormat.JsonLines, new JsonLinesResultWriter(output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(listed.Count, lines.Length);
        Assert.Equal(listed.Count, summary.Rows);
        Assert.Equal(3, summary.Failed);
        for (var i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            var root = line.RootElement;
            if (i is 10 or 20 or 30)
            {
                Assert.StartsWith($"line {i + 1}:", root.GetProperty("error").GetString(), StringComparison.Ordinal);
                continue;
            }

            Assert.Equal("r" + i, root.GetProperty("id").GetString());
            Assert.False(root.TryGetProperty("error", out _));
            Assert.Contains(
                root.GetProperty("hits").EnumerateArray(),
                hit => hit.GetProperty("entity_id").GetString() == listed[i].Id && hit.TryGetProperty("explanation", out _));
        }
    }

    [Fact]
    public async Task Run_Csv_WritesEveryInputRowAndEachHit()
    {
        var org = RealLists.Entities.First(e => e.Kind == EntityKind.Organization);
        var csv = "id,name,kind,birth_date,country,identifiers\n"
            + $"a,\"{org.PrimaryName}\",organization,,,\n"
            + "b,Zzyzx Qwertyuiop,person,,,\n"
            + "c,,person,,,\n";
        var output = new StringWriter();
        var summary = await RunAsync(csv, PartyFileFormat.Csv, new CsvResultWriter(output));

        Assert.Equal(3, summary.Rows);
        Assert.Equal(1, summary.Failed);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,entity_id,score,name,kind,lists,programs,explanation,error", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("a," + org.Id + ",", StringComparison.Ordinal));
        Assert.Contains(rows, r => r == "b,,,,,,,,");
        Assert.Contains(rows, r => r.StartsWith("c,", StringComparison.Ordinal) && r.EndsWith("name: required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CsvWithoutNameColumn_IsOneClearError()
    {
        var output = new StringWriter();
        var summary = await RunAsync("id,fullname\n1,Someone\n", PartyFileFormat.Csv, new JsonLinesResultWriter(output));
        Assert.Equal(1, summary.Failed);
        Assert.Contains("no 'name' column", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CsvCutInsideAQuote_KeepsTheRowsBeforeAndReportsTheBreak()
    {
        var output = new StringWriter();
        var summary = await RunAsync("id,name\n1,Alpha Beta\n2,\"Gamma", PartyFileFormat.Csv, new JsonLinesResultWriter(output));
        Assert.Equal(2, summary.Rows);
        Assert.Equal(1, summary.Failed);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"id\":\"1\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("error", lines[1], StringComparison.Ordinal);
    }

    private static async Task<BatchSummary> RunAsync(string input, PartyFileFormat format, IPartyResultWriter writer)
    {
        var ct = TestContext.Current.CancellationToken;
        var rows = PartyFileReader.ReadAsync(new StringReader(input), format, "input", ct);
        await using (writer)
        {
            return await new BatchScreener(RealLists.Service()).RunAsync(rows, writer, null, null, ct);
        }
    }
}
