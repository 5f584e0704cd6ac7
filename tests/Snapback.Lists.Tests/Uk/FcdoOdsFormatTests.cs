using System.IO.Compression;
using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.Uk;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Uk;

public sealed class FcdoOdsFormatTests
{
    private static readonly FcdoOdsFormat Format = new();
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly string Export = RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods");

    [Fact]
    public void Parse_RealExport_CountsByTypeAndSourceMatchRawSheet()
    {
        var rows = RawRows();
        var header = rows[0];
        var data = rows.Skip(1).ToList();
        int Column(string name) => Array.IndexOf(header, name);

        Assert.True(Format.CanRead(Export));
        var list = Format.Parse(Export);

        Assert.Equal(ListSources.UkFcdo, list.Source);
        Assert.Equal("uk-fcdo-ods", list.Format);
        Assert.Equal(data.Where(r => r[Column("Name")].Length == 0).Select(r => $"uk:{r[Column("Unique ID")]}: no name in the export"), list.Warnings);
        Assert.Equal(data.Count(r => r[Column("Type")] == "Individual"), list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(data.Count(r => r[Column("Type")] == "Entity"), list.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(data.Count(r => r[Column("Type")] == "Ship"), list.Entities.Count(e => e.Kind == EntityKind.Vessel));
        Assert.Equal(data.Select(r => "uk:" + r[Column("Unique ID")]), list.Entities.Select(e => e.Id));
        Assert.Equal(data.Select(r => r[Column("Name")]), list.Entities.Select(e => e.Names.IsEmpty ? "" : e.PrimaryName));
        Assert.Equal(data.Select(r => Column("OFSI Group ID") < r.Length ? r[Column("OFSI Group ID")] : ""), list.Entities.Select(e => e.OfsiGroupId ?? ""));
        Assert.Equal(
            data.Count(r => r[Column("Designation source")] == "UN"),
            list.Entities.Count(e => e.Remarks!.Contains("Designation source: UN.", StringComparison.Ordinal)));
        Assert.Equal(
            data.Select(r => r[Column("Regime Name")]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            list.Entities.SelectMany(e => e.Programs).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_RealExport_FirstDesignation_FieldByField()
    {
        var e = Format.Parse(Export).Entities.Single(x => x.Id == "uk:AFG0001");

        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal([new EntityName("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", NameType.Primary)], e.Names);
        Assert.Equal(["Afghanistan"], e.Programs);
        Assert.Equal(new DateOnly(2012, 6, 29), e.ListedOn);
        Assert.Equal("12703", e.OfsiGroupId);
        Assert.Equal("Designation source: UN. Sanctions imposed: Asset freeze.", e.Remarks);
    }

    [Fact]
    public void Detect_RealExport_PicksFcdoFormat() => Assert.Equal("uk-fcdo-ods", ListReader.Detect(Export).Name);

    [Fact]
    public void CanRead_OtherFiles_IsFalse()
    {
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz")));
        Assert.False(Format.CanRead(TestFiles.Get("Xml", "html-error.html")));
        Assert.False(Format.CanRead(RepoPaths.Shared("ofac", "cons-enhanced-2025-01-10", "CONS_ENHANCED.ZIP")));
    }

    [Fact]
    public void Parse_SpreadsheetWithoutTheSheet_IsRejectedNamingTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.PathOf("fcdo-other.ods");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var mime = new StreamWriter(zip.CreateEntry("mimetype").Open()))
            {
                mime.Write("application/vnd.oasis.opendocument.spreadsheet");
            }

            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write($"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"{Table}\"><office:body><office:spreadsheet><table:table table:name=\"Sheet1\"/></office:spreadsheet></office:body></office:document-content>");
        }

        Assert.False(Format.CanRead(path));
        var error = Assert.Throws<ListFormatException>(() => Format.Parse(path));
        Assert.StartsWith(Path.GetFileName(path) + ":", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The sheet's non-empty rows, read with ZipFile and XDocument (one text:p per cell in this export).</summary>
    private static List<string[]> RawRows()
    {
        using var zip = ZipFile.OpenRead(Export);
        using var stream = zip.GetEntry("content.xml")!.Open();
        var doc = XDocument.Load(stream);
        var sheet = doc.Descendants(Table + "table").Single(t => (string?)t.Attribute(Table + "name") == "UK_Sanction_List");
        return sheet.Elements(Table + "table-row")
            .Select(r => r.Elements(Table + "table-cell").Where(c => c.Attribute(Table + "number-columns-repeated") is null).Select(c => c.Value.Trim()).ToArray())
            .Where(r => r.Any(c => c.Length > 0))
            .ToList();
    }
}
