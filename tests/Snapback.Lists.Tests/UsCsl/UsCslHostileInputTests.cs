using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.UsCsl;

namespace Snapback.Lists.Tests.UsCsl;

/// <summary>Broken and hostile CSL files, CSV and JSON: each is refused naming the file and the problem, or read with a warning.</summary>
public sealed class UsCslHostileInputTests : IDisposable
{
    private static readonly UsCslCsvFormat Csv = new();
    private static readonly UsCslJsonFormat Json = new();
    private static readonly string CsvExcerpt = TestFiles.Get("UsCsl", "consolidated-excerpt.csv");
    private static readonly string JsonExcerpt = TestFiles.Get("UsCsl", "consolidated-excerpt.json");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertRejected(string path, string problem, IListFormat format) => Rejected.By(format, path, problem);

    [Fact]
    public void Parse_HtmlPage_IsNotRecognisedAndIsRejected()
    {
        var csv = _folder.Write("consolidated.csv", Rejected.HtmlPage);
        var json = _folder.Write("consolidated.json", Rejected.HtmlPage);

        Assert.False(Csv.CanRead(csv));
        Assert.False(Json.CanRead(json));
        Assert.Throws<ListFormatException>(() => ListReader.Detect(json));
        AssertRejected(csv, "an HTML page, not a Consolidated Screening List CSV file", Csv);
        AssertRejected(json, "an HTML page, not a Consolidated Screening List JSON file", Json);
    }

    [Fact]
    public void Parse_BinaryGarbage_IsNotRecognisedAndIsRejected()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var csv = _folder.WriteBytes("consolidated.csv", bytes);
        var json = _folder.WriteBytes("consolidated.json", bytes);

        Assert.False(Csv.CanRead(csv));
        Assert.False(Json.CanRead(json));
        Assert.Throws<ListFormatException>(() => Csv.Parse(csv));
        Assert.Throws<ListFormatException>(() => Json.Parse(json));
    }

    [Fact]
    public void Parse_Empty_IsNotRecognisedAndIsRejected()
    {
        var csv = _folder.Write("consolidated.csv", "");
        var json = _folder.Write("consolidated.json", "");

        Assert.False(Csv.CanRead(csv));
        Assert.False(Json.CanRead(json));
        AssertRejected(csv, "empty file, no header row", Csv);
        AssertRejected(json, "not well-formed JSON", Json);
    }

    [Fact]
    public void Parse_CorruptGzip_IsRejected()
    {
        var csv = _folder.WriteBytes("consolidated.csv.gz", [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]);
        var json = _folder.WriteBytes("consolidated.json.gz", [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]);

        Assert.False(Csv.CanRead(csv));
        Assert.False(Json.CanRead(json));
        AssertRejected(csv, "cannot be decompressed", Csv);
        AssertRejected(json, "cannot be decompressed", Json);
    }

    [Fact]
    public void ParseCsv_TruncatedInsideAQuotedField_NamesTheLineOfTheOpenQuote()
    {
        var text = File.ReadAllText(CsvExcerpt);
        var cut = text.IndexOf("\"UPON THE DATE", StringComparison.Ordinal) + 10;
        var path = _folder.Write("consolidated.csv", text[..cut]);

        Assert.True(Csv.CanRead(path));
        AssertRejected(path, "line 2: quoted field not closed before end of file (file truncated?)", Csv);
    }

    [Fact]
    public void ParseJson_Truncated_IsRejectedNamingTheLine()
    {
        var path = _folder.WriteTruncated("consolidated.json", JsonExcerpt, 1, 2);

        Assert.True(Json.CanRead(path));
        AssertRejected(path, "not well-formed JSON at line", Json);
    }

    [Fact]
    public void ParseCsv_RowWithMoreFieldsThanTheHeader_IsRejectedNamingTheRow()
    {
        var lines = File.ReadAllLines(CsvExcerpt);
        lines[4] += ",extra";
        var path = _folder.Write("consolidated.csv", string.Join("\n", lines));

        AssertRejected(path, "row 5: expected 29 fields like the header, found 30", Csv);
    }

    [Fact]
    public void ParseCsv_ShortRow_IsReadWithAWarning()
    {
        var lines = File.ReadAllLines(CsvExcerpt);
        lines[^1] = lines[^1][..lines[^1].LastIndexOf(',')];
        var path = _folder.Write("consolidated.csv", string.Join("\n", lines));

        var list = Csv.Parse(path);

        Assert.Equal(7, list.Entities.Length);
        Assert.Contains($"row {lines.Length}: 28 fields where the header has 29; the missing cells are read as empty", list.Warnings);
    }

    [Fact]
    public void ParseCsv_HeaderWithoutSource_IsRejected()
    {
        var lines = File.ReadAllLines(CsvExcerpt);
        lines[0] = lines[0].Replace(",source,", ",list,", StringComparison.Ordinal);
        var path = _folder.Write("consolidated.csv", string.Join("\n", lines));

        AssertRejected(path, "header has no 'source' column", Csv);
    }

    [Fact]
    public void Parse_HeaderOnlyOrNoListTaken_IsRejected()
    {
        var lines = File.ReadAllLines(CsvExcerpt);
        var header = _folder.Write("consolidated.csv", lines[0]);
        var treasury = _folder.Write("treasury.csv", string.Join("\n", lines.Where(l => l.StartsWith("_id", StringComparison.Ordinal) || l.Contains("Treasury", StringComparison.Ordinal))));
        var json = _folder.Write("consolidated.json", """{"results": [{"id": "1", "source": "Specially Designated Nationals (SDN) - Treasury Department", "name": "X", "alt_names": []}]}""");

        AssertRejected(header, "no rows after the header", Csv);
        AssertRejected(treasury, "no entry of the lists taken (EL, DPL, UVL, MEU, ISN, DTC) among 1 rows", Csv);
        AssertRejected(json, "no entry of the lists taken", Json);
    }

    [Fact]
    public void Parse_RowWithoutNameOrId_IsSkippedWithAWarning()
    {
        var lines = File.ReadAllLines(CsvExcerpt).ToList();
        lines.Add(lines.Single(l => l.StartsWith("4398d33e", StringComparison.Ordinal)).Replace("4398d33e9e93c7477af39f1e0bfffc13ddd47bcc,", ",", StringComparison.Ordinal));
        var csv = _folder.Write("consolidated.csv", string.Join("\n", lines));
        var json = _folder.Write("consolidated.json", """
            [{"id": "a", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "A Co", "alt_names": []},
             {"id": "b", "source": "Entity List (EL) - Bureau of Industry and Security", "name": " ", "alt_names": []},
             {"id": "a", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "A Co again", "alt_names": []}]
            """);

        var fromCsv = Csv.Parse(csv);
        var fromJson = Json.Parse(json);

        Assert.Equal(7, fromCsv.Entities.Length);
        Assert.Contains($"row {lines.Count}: no entity_number and no id, skipped", fromCsv.Warnings);
        Assert.Equal(["A Co"], fromJson.Entities.Select(e => e.PrimaryName));
        Assert.Equal(["row 2: no name, skipped", "row 3: id a of the EL list appears twice; the later row is skipped"], fromJson.Warnings);
    }

    [Fact]
    public void ParseCsv_Utf16_IsRejected()
    {
        var text = File.ReadAllText(CsvExcerpt);
        var path = _folder.WriteBytes("consolidated.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.False(Csv.CanRead(path));
        Assert.Throws<ListFormatException>(() => Csv.Parse(path));
    }

    [Fact]
    public void ParseCsv_InvalidUtf8_IsRejected()
    {
        var bytes = File.ReadAllBytes(CsvExcerpt);
        bytes[bytes.Length - 20] = 0xff;
        var path = _folder.WriteBytes("consolidated.csv", bytes);

        AssertRejected(path, "not valid UTF-8 text", Csv);
    }

    [Fact]
    public void ParseJson_DeeplyNested_IsRefused()
    {
        var path = _folder.Write("consolidated.json", """{"results": [{"source": "x", "alt_names": """ + new string('[', 100_000) + new string(']', 100_000) + "}]}");

        Assert.True(Json.CanRead(path));
        AssertRejected(path, "not well-formed JSON", Json);
    }

    [Fact]
    public void ParseJson_WrongShapes_AreRejectedNamingTheRecord()
    {
        var root = _folder.Write("root.json", """{"source": "x", "alt_names": [], "results": 5}""");
        var record = _folder.Write("record.json", """{"results": [{"source": "Entity List (EL) - x", "alt_names": []}, 7]}""");
        var field = _folder.Write("field.json", """{"results": [{"source": "Entity List (EL) - x", "name": {"first": "A"}, "alt_names": []}]}""");
        var address = _folder.Write("address.json", """[{"id": "1", "source": "Entity List (EL) - x", "name": "A", "alt_names": [], "addresses": ["Moscow"]}]""");

        AssertRejected(root, "expected a JSON object with a 'results' array, or an array of records", Json);
        AssertRejected(record, "record 2: a Number, expected an object", Json);
        AssertRejected(field, "record 1: 'name' is a Object, expected text", Json);
        AssertRejected(address, "record 1: 'addresses' holds a String, expected objects", Json);
    }

    [Fact]
    public void ParseJson_GiganticString_IsReadWithoutHarm()
    {
        var path = _folder.PathOf("consolidated.json");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("{\"results\": [{\"id\": \"1\", \"source\": \"Entity List (EL) - x\", \"alt_names\": [], \"name\": \"A\", \"remarks\": \"");
            writer.Write(new string('A', 8 << 20));
            writer.Write("\"}]}");
        }

        var e = Assert.Single(Json.Parse(path).Entities);

        Assert.Equal((8 << 20) + "Remarks: .".Length, e.Remarks!.Length);
    }
}
