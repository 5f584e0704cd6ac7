using Snapback.Screening.Scan;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Scan;

public sealed class TextScannerTests
{
    private static TextScanner Scanner => new(RealLists.Service());

    [Fact]
    public void Scan_PaymentFieldWithAListedName_GivesItsSpanAndEntityWithTheBasis()
    {
        var listed = RealLists.Entities.First(static e => e.Kind == Snapback.Lists.Model.EntityKind.Person && e.Names[0].Full.Split(' ').Length == 3);
        var text = "/ROC/88123/BNF/" + listed.Names[0].Full.ToUpperInvariant() + "\n/RFB/FREIGHT CHARGES";

        var result = Scanner.Scan(new ScanRequest("p-1", text), 0.8);

        Assert.Null(result.Error);
        Assert.Equal("p-1", result.Id);
        var mention = Assert.Single(result.Mentions, m => m.EntityId == listed.Id);
        Assert.Equal(15, mention.Start);
        Assert.Equal(text[mention.Start..mention.End], mention.Text);
        Assert.Equal(0.8, result.Basis!.Threshold);
    }

    [Theory]
    [InlineData(null, null, "text")]
    [InlineData("anything", 1.5, "threshold")]
    public void Scan_BadInput_GivesAnErrorNamingTheField(string? text, double? threshold, string field)
    {
        var result = Scanner.Scan(new ScanRequest("x", text), threshold);

        Assert.StartsWith(field + ":", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Mentions);
    }

    [Fact]
    public void Scan_TextOverTheLimit_IsRefused()
    {
        var result = Scanner.Scan(new ScanRequest(null, new string('a', TextScanner.MaxTextLength + 1)));

        Assert.StartsWith("text:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunLines_ThreeLinesOneBad_WritesOneResultPerLineInOrder()
    {
        var listed = RealLists.Entities.First(static e => e.Kind == Snapback.Lists.Model.EntityKind.Person && e.Names[0].Full.Split(' ').Length == 3);
        var input = "{\"id\":\"a\",\"text\":\"Reports say " + listed.Names[0].Full + " left.\"}\nnot json\n{\"id\":\"c\",\"text\":\"Nothing here.\"}\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input));
        using var output = new StringWriter();

        var (scanned, failed) = await ScanLines.RunAsync(stream, output, Scanner, null, TestContext.Current.CancellationToken);

        Assert.Equal((3, 1), (scanned, failed));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"id\":\"a\"", lines[0], StringComparison.Ordinal);
        Assert.Contains($"\"entity_id\":\"{listed.Id}\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("line 2", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"mentions\":[]", lines[2], StringComparison.Ordinal);
    }
}
