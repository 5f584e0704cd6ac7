using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.Uk;

namespace Snapback.Lists.Tests.Uk;

/// <summary>Broken and hostile UK Sanctions List files, XML and CSV: each is refused naming the file and the problem.</summary>
public sealed class FcdoHostileInputTests : IDisposable
{
    private static readonly FcdoXmlFormat Xml = new();
    private static readonly FcdoCsvFormat Csv = new();
    private static readonly string XmlExcerpt = TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.xml");
    private static readonly string CsvExcerpt = TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.csv");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertRejected(string path, string problem, IListFormat format) => Rejected.By(format, path, problem);

    [Fact]
    public void ParseXml_Truncated_IsRejected()
    {
        var path = _folder.WriteTruncated("UK-Sanctions-List.xml", XmlExcerpt, 1, 2);

        Assert.True(Xml.CanRead(path));
        AssertRejected(path, "not well-formed XML at line", Xml);
    }

    [Fact]
    public void ParseXml_ExternalEntity_IsRefusedWithoutReadingIt()
    {
        var secret = _folder.Write("secret.txt", "TOP-SECRET");
        var path = _folder.Write(
            "UK-Sanctions-List.xml",
            $"""
             <?xml version="1.0"?>
             <!DOCTYPE Designations [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
             <Designations><Designation><UniqueID>X1</UniqueID>
               <Names><Name><Name6>&xxe;</Name6><NameType>Primary Name</NameType></Name></Names>
             </Designation></Designations>
             """);

        Assert.False(Xml.CanRead(path));
        AssertRejected(path, "refused: the file declares a DTD", Xml);
        Assert.DoesNotContain("TOP-SECRET", Assert.Throws<ListFormatException>(() => Xml.Parse(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseXml_BillionLaughs_IsRefused()
    {
        var path = TestFiles.Get("Xml", "entity-bomb.xml");

        Assert.False(Xml.CanRead(path));
        AssertRejected(path, "refused: the file declares a DTD", Xml);
    }

    [Theory]
    [InlineData("Designation")]
    [InlineData("Designations")]
    public void ParseXml_GiganticAttribute_IsRefused(string element)
    {
        var path = _folder.PathOf("UK-Sanctions-List.xml");
        using (var writer = new StreamWriter(path))
        {
            var padding = new string('A', 1 << 20);
            var pad = string.Concat(Enumerable.Repeat(padding, 20));
            writer.Write(element == "Designations" ? $"<Designations padding=\"{pad}\"><Designation>" : $"<Designations><Designation padding=\"{pad}\">");
            writer.Write("<UniqueID>X1</UniqueID><Names><Name><Name6>X</Name6><NameType>Primary Name</NameType></Name></Names></Designation></Designations>");
        }

        AssertRejected(path, $"refused: an attribute of <{element}> is longer than", Xml);
    }

    [Fact]
    public void ParseXml_Empty_IsNotRecognisedAndIsRejected()
    {
        var path = _folder.Write("UK-Sanctions-List.xml", "");

        Assert.False(Xml.CanRead(path));
        AssertRejected(path, "Root element is missing", Xml);
    }

    [Fact]
    public void ParseXml_AnotherRoot_IsRejected()
    {
        var path = _folder.Write("UK-Sanctions-List.xml", "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");

        Assert.False(Xml.CanRead(path));
        AssertRejected(path, "root element is <CONSOLIDATED_LIST>, expected <Designations>", Xml);
    }

    [Fact]
    public void ParseXml_NoDesignation_IsRejected()
    {
        var path = _folder.Write("UK-Sanctions-List.xml", "<Designations><DateGenerated>02/09/2026</DateGenerated></Designations>");

        Assert.True(Xml.CanRead(path));
        AssertRejected(path, "no Designation entries", Xml);
    }

    [Fact]
    public void Parse_HtmlPage_IsNotRecognisedAndIsRejected()
    {
        var xml = _folder.Write("UK-Sanctions-List.xml", Rejected.HtmlPage);
        var csv = _folder.Write("UK-Sanctions-List.csv", Rejected.HtmlPage);

        Assert.False(Xml.CanRead(xml));
        Assert.False(Csv.CanRead(csv));
        Assert.Throws<ListFormatException>(() => ListReader.Detect(xml));
        AssertRejected(xml, "an HTML page, not a UK Sanctions List XML file", Xml);
        AssertRejected(csv, "an HTML page, not a UK Sanctions List CSV file", Csv);
    }

    [Fact]
    public void Parse_BinaryGarbage_IsNotRecognisedAndIsRejected()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var xml = _folder.WriteBytes("UK-Sanctions-List.xml", bytes);
        var csv = _folder.WriteBytes("UK-Sanctions-List.csv", bytes);

        Assert.False(Xml.CanRead(xml));
        Assert.False(Csv.CanRead(csv));
        Assert.Throws<ListFormatException>(() => Xml.Parse(xml));
        Assert.Throws<ListFormatException>(() => Csv.Parse(csv));
    }

    [Fact]
    public void ParseCsv_Empty_IsNotRecognisedAndIsRejected()
    {
        var path = _folder.Write("UK-Sanctions-List.csv", "");

        Assert.False(Csv.CanRead(path));
        AssertRejected(path, "empty file, no header row", Csv);
    }

    [Fact]
    public void ParseCsv_TruncatedInsideAQuotedField_NamesTheLineOfTheOpenQuote()
    {
        var text = File.ReadAllText(CsvExcerpt);
        var cut = text.IndexOf("\"Ansari Market", StringComparison.Ordinal) + 10;
        var path = _folder.Write("UK-Sanctions-List.csv", text[..cut]);

        Assert.True(Csv.CanRead(path));
        AssertRejected(path, "line 3: quoted field not closed before end of file (file truncated?)", Csv);
    }

    [Fact]
    public void ParseCsv_RowWithMoreFieldsThanTheHeader_IsRejectedNamingTheRow()
    {
        var lines = File.ReadAllLines(CsvExcerpt);
        lines[4] += ",extra";
        var path = _folder.Write("UK-Sanctions-List.csv", string.Join("\r\n", lines));

        AssertRejected(path, "row 5: expected 58 fields like the header, found 59", Csv);
    }

    [Fact]
    public void ParseCsv_HeaderWithoutUniqueId_IsRejected()
    {
        var lines = File.ReadAllLines(CsvExcerpt);
        lines[1] = lines[1].Replace("Unique ID", "Unique Ref", StringComparison.Ordinal);
        var path = _folder.Write("UK-Sanctions-List.csv", string.Join("\r\n", lines));

        AssertRejected(path, "header has no 'Unique ID' column", Csv);
    }

    [Fact]
    public void ParseCsv_HeaderOnly_IsRejected()
    {
        var path = _folder.Write("UK-Sanctions-List.csv", string.Join("\r\n", File.ReadAllLines(CsvExcerpt).Take(2)));

        Assert.True(Csv.CanRead(path));
        AssertRejected(path, "no designation rows", Csv);
    }

    [Fact]
    public void ParseCsv_RowWithoutUniqueId_IsSkippedWithAWarning()
    {
        var lines = File.ReadAllLines(CsvExcerpt).ToList();
        lines.Add(lines[2].Replace(",AFG0001,", ",,", StringComparison.Ordinal));
        var path = _folder.Write("UK-Sanctions-List.csv", string.Join("\r\n", lines));

        var list = Csv.Parse(path);

        Assert.Equal(Csv.Parse(CsvExcerpt).Entities.Length, list.Entities.Length);
        Assert.Equal([$"row {lines.Count}: no Unique ID, skipped"], list.Warnings);
    }

    [Fact]
    public void ParseCsv_Utf16_IsRejected()
    {
        var text = File.ReadAllText(CsvExcerpt);
        var path = _folder.WriteBytes("UK-Sanctions-List.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.False(Csv.CanRead(path));
        AssertRejected(path, "NUL character", Csv);
    }
}
