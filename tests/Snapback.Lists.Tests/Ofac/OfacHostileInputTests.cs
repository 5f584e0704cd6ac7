using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Tests.Support;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Ofac;

/// <summary>Broken and hostile files: each is refused with a message naming the file and the problem, and nothing blows up.</summary>
public sealed class OfacHostileInputTests : IDisposable
{
    private static readonly IListFormat Xml = ListReader.Formats.Single(f => f.Name == "ofac-xml");
    private static readonly IListFormat Csv = ListReader.Formats.Single(f => f.Name == "ofac-csv");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string TestData(string name) => TestFiles.Get("Ofac", name);

    private string Write(string name, string text, Encoding? encoding = null) => _folder.Write(name, text, encoding);

    private string WriteBytes(string name, byte[] bytes) => _folder.WriteBytes(name, bytes);

    private static void AssertRejected(string path, string problem, IListFormat? format = null)
    {
        var error = Assert.Throws<ListFormatException>(() => (format ?? ListReader.Detect(path)).Parse(path));
        Assert.Contains(Path.GetFileName(path), error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_TruncatedXml_IsRejected()
    {
        var full = File.ReadAllText(RepoPaths.Shared("ofac", "cons-2025-03-28", "consolidated.xml"));
        var path = Write("consolidated.xml", full[..(full.Length / 2)]);

        AssertRejected(path, "not well-formed XML at line");
    }

    [Fact]
    public void Parse_XmlWithExternalEntity_IsRefusedWithoutReadingTheEntity()
    {
        var secret = Write("secret.txt", "TOP-SECRET");
        var path = Write(
            "SDN.XML",
            $"""
             <?xml version="1.0"?>
             <!DOCTYPE sdnList [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
             <sdnList><sdnEntry><uid>1</uid><lastName>&xxe;</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>
             """);

        AssertRejected(path, "refused: the file declares a DTD");
        Assert.DoesNotContain("TOP-SECRET", Assert.Throws<ListFormatException>(() => ListReader.Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_IsRefused()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var path = Write(
            "SDN.XML",
            $"<?xml version=\"1.0\"?><!DOCTYPE sdnList [{entities}]><sdnList><sdnEntry><uid>1</uid><lastName>&lol9;</lastName></sdnEntry></sdnList>");

        AssertRejected(path, "refused: the file declares a DTD");
    }

    [Fact]
    public void Parse_GiganticAttribute_IsRefused()
    {
        var path = _folder.PathOf("SDN.XML");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("<?xml version=\"1.0\"?><sdnList xmlns=\"http://tempuri.org/sdnList.xsd\"><sdnEntry padding=\"");
            var chunk = new string('A', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("\"><uid>1</uid><lastName>X</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>");
        }

        Assert.True(new FileInfo(path).Length > 50_000_000);
        AssertRejected(path, "attribute of <sdnEntry> is longer than");
    }

    [Fact]
    public void Parse_Utf16Xml_WithoutDeclaredEncoding_IsRejected()
    {
        var text = File.ReadAllText(TestData("SDN.XML")).Replace("<?xml version=\"1.0\" standalone=\"yes\"?>", "", StringComparison.Ordinal);
        var path = WriteBytes("SDN.XML", Encoding.Unicode.GetBytes(text));

        var error = Assert.Throws<ListFormatException>(() => Xml.Parse(path));
        Assert.Contains("SDN.XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BinaryGarbage_IsNotRecognisedAndIsRejected()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var xml = WriteBytes("SDN.XML", bytes);
        var csv = WriteBytes("sdn.csv", bytes);

        Assert.False(Xml.CanRead(xml));
        Assert.False(Csv.CanRead(csv));
        AssertRejected(xml, "not a recognised list format");
        var error = Assert.Throws<ListFormatException>(() => Csv.Parse(csv));
        Assert.Contains("sdn.csv", error.Message, StringComparison.Ordinal);
        _ = Assert.Throws<ListFormatException>(() => Xml.Parse(xml));
    }

    [Fact]
    public void Parse_EmptyFiles_AreRejected()
    {
        var xml = Write("SDN.XML", "");
        var csv = Write("sdn.csv", "");

        Assert.False(Xml.CanRead(xml));
        Assert.False(Csv.CanRead(csv));
        AssertRejected(xml, "Root element is missing", Xml);
        AssertRejected(csv, "no entries", Csv);
    }

    [Fact]
    public void Parse_Utf16Csv_IsRejected()
    {
        var text = File.ReadAllText(TestData(Path.Combine("remarks", "sdn.csv")));
        var path = WriteBytes("sdn.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.False(Csv.CanRead(path));
        AssertRejected(path, "not ASCII/UTF-8 text", Csv);
    }

    [Fact]
    public void Parse_TruncatedCsv_NamesTheLineOfTheOpenQuote()
    {
        var lines = File.ReadAllLines(RepoPaths.Shared("ofac", "sdn-2023-12-28", "sdn.csv"));
        var path = Write("sdn.csv", string.Join("\r\n", lines[..99]) + "\r\n" + lines[99][..(lines[99].LastIndexOf('"') - 3)]);

        AssertRejected(path, "line 100: quoted field not closed before end of file (file truncated?)");
    }

    [Fact]
    public void Parse_WrongColumnCount_NamesFileAndLine()
    {
        var lines = File.ReadAllLines(RepoPaths.Shared("ofac", "sdn-2023-12-28", "sdn.csv"));
        lines[4] = lines[4] + ",-0- ";
        var path = Write("sdn.csv", string.Join("\r\n", lines));

        AssertRejected(path, "line 5: expected 12 fields, found 13");
    }

    [Fact]
    public void Parse_BadSiblingFile_NamesTheSibling()
    {
        File.Copy(TestData(Path.Combine("remarks", "sdn.csv")), _folder.PathOf("sdn.csv"));
        Write("alt.csv", "1,2,\"aka\",\"X\"\r\n");

        var error = Assert.Throws<ListFormatException>(() => ListReader.Read(_folder.FullName));

        Assert.Contains("alt.csv: line 1: expected 5 fields, found 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HtmlErrorPage_IsNotRecognisedAndIsRejected()
    {
        const string Html = "<!DOCTYPE html>\r\n<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>\r\n";
        var csv = Write("sdn.csv", Html);
        var xml = Write("SDN.XML", Html);

        Assert.False(Csv.CanRead(csv));
        Assert.False(Csv.CanRead(_folder.FullName));
        Assert.False(Xml.CanRead(xml));
        AssertRejected(csv, "not a recognised list format");
        AssertRejected(csv, "an HTML or XML page, not an OFAC CSV file", Csv);
        AssertRejected(xml, "an HTML page, not an OFAC sdnList XML file", Xml);
    }

    [Fact]
    public void Parse_XmlWithAnotherRoot_IsRejected()
    {
        var path = Write("SDN.XML", "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");

        Assert.False(Xml.CanRead(path));
        AssertRejected(path, "root element is <CONSOLIDATED_LIST>, expected <sdnList>", Xml);
    }
}
