using Snapback.Lists.Formats;

namespace Snapback.Lists.Tests.Formats;

public sealed class CsvReaderTests
{
    private static List<string[]> Read(string text, int expectedFields = 0) =>
        [.. CsvReader.ReadRows(new StringReader(text), "test.csv", expectedFields)];

    [Fact]
    public void ReadRows_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var rows = Read("1,\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n2,plain , \r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["1", "a, b", "say \"hi\"", "two\r\nlines"], rows[0]);
        Assert.Equal(["2", "plain ", " "], rows[1]);
    }

    [Fact]
    public void ReadRows_LfEndingsBlankLinesAndDosEof_AreHandled()
    {
        var rows = Read("a,b\n\nc,d\n\u001a");

        Assert.Equal([["a", "b"], ["c", "d"]], rows);
    }

    [Fact]
    public void ReadRows_LastLineWithoutBreak_IsARow()
    {
        Assert.Equal([["a", ""], ["\"", "x"]], Read("a,\n\"\"\"\",x"));
    }

    [Fact]
    public void ReadRows_UnterminatedQuote_NamesFileAndLine()
    {
        var error = Assert.Throws<ListFormatException>(() => Read("1,ok\n2,ok\n3,\"cut off\n here"));

        Assert.Contains("test.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_WrongFieldCount_NamesTheLineWhereTheRecordStarts()
    {
        var error = Assert.Throws<ListFormatException>(() => Read("1,\"a\nb\",c\n2,d\n", expectedFields: 3));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected 3 fields, found 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b\"c\n")]
    [InlineData("\"a\"b,c\n")]
    [InlineData("a\0b\n")]
    public void ReadRows_MalformedRecord_IsRejected(string text)
    {
        var error = Assert.Throws<ListFormatException>(() => Read(text));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }
}
