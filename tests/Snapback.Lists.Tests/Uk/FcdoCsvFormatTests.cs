using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.Uk;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Uk;

public sealed class FcdoCsvFormatTests
{
    private static readonly FcdoCsvFormat Format = new();
    private static readonly string Excerpt = TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.csv");
    private static readonly string Watchman = TestFiles.Get("Uk", "UK-Sanctions-List-watchman.csv");

    [Fact]
    public void Parse_Excerpt_GivesTheSameEntitiesAsTheXml()
    {
        var xml = new FcdoXmlFormat().Parse(TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.xml"));

        Assert.True(Format.CanRead(Excerpt));
        var csv = Format.Parse(Excerpt);

        Assert.Equal(ListSources.UkFcdo, csv.Source);
        Assert.Equal("uk-fcdo-csv", csv.Format);
        Assert.Equal(xml.PublishedAt, csv.PublishedAt);
        Assert.Empty(csv.Warnings);
        Assert.Equal(xml.Entities.Select(e => e.Id), csv.Entities.Select(e => e.Id));
        Assert.Equal(xml.Entities.Select(EntityJson.Canonical), csv.Entities.Select(EntityJson.Canonical));
    }

    [Fact]
    public void Parse_Excerpt_OneEntityPerUniqueIdAcrossItsRows()
    {
        var rows = File.ReadAllLines(Excerpt).Skip(2).ToList();

        var list = Format.Parse(Excerpt);

        Assert.True(rows.Count > list.Entities.Length);
        Assert.Equal(rows.Select(r => "uk:" + r.Split(',')[1]).Distinct(StringComparer.Ordinal), list.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Parse_WatchmanRows_EntityFieldByField()
    {
        var list = Format.Parse(Watchman);
        var e = list.Entities.Single(x => x.Id == "uk:AFG0001");

        Assert.Equal(new DateTimeOffset(2026, 2, 13, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal("12703", e.OfsiGroupId);
        Assert.Equal(
            [
                new EntityName("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", NameType.Primary, null, null, "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE"),
                new EntityName("حاجی خيرالله و حاجی ستار صرافی", NameType.OriginalScript),
            ],
            e.Names);
        Assert.Equal([new Address("Chaman Central Bazaar, Chaman, Shah Zada Market", "Baluchistan Province, 12345", "Pakistan", "PK")], e.Addresses);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Website, "www.example.com", Label: "Website"),
                new Identifier(IdentifierType.Email, "test@example.com", Label: "Email address"),
                new Identifier(IdentifierType.Imo, "9000000", Label: "IMO number"),
                new Identifier(IdentifierType.Other, "HIN123", Label: "Hull identification number (HIN)"),
            ],
            e.Identifiers);
        Assert.Equal(new VesselDetails("Panama", "Cargo", "5000", null, "Test Owner"), e.Vessel);
        Assert.Equal(["The Afghanistan (Sanctions) (EU Exit) Regulations 2020"], e.Programs);
        Assert.Equal(new DateOnly(2012, 6, 29), e.ListedOn);
        Assert.Equal(
            "UN reference number: TAe.010. Designation source: UN. Sanctions imposed: Asset freeze. Last updated: 12/01/2022. "
            + "Phone number: +123456789. Length of ship: 100m. Year built: 2010. Other information: Test info.",
            e.Remarks);
    }

    [Fact]
    public void Parse_WatchmanRows_IndividualFieldByField_ShortRowIsReadWithAWarning()
    {
        var list = Format.Parse(Watchman);
        var e = list.Entities.Single(x => x.Id == "uk:AFG0006");

        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal("7172", e.OfsiGroupId);
        Assert.Equal(
            [
                new EntityName("MOHAMMAD HASSAN AKHUND", NameType.Primary, null, "MOHAMMAD HASSAN", "AKHUND"),
                new EntityName("محمد حسن آخوند", NameType.OriginalScript),
            ],
            e.Names);
        Assert.Equal("Mullah", e.Title);
        Assert.Equal([new BirthDate(1958, 1, 1)], e.BirthDates);
        Assert.Equal(["AF"], e.Nationalities);
        Assert.Equal(["Kandahar, Afghanistan"], e.PlacesOfBirth);
        Assert.Equal("Male", e.Gender);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "A1234567", Label: "Passport"),
                new Identifier(IdentifierType.NationalId, "12345", Label: "National Identification Number"),
            ],
            e.Identifiers);
        Assert.Equal(
            "UN reference number: TAi.002. Designation source: UN. Sanctions imposed: Asset freeze; Travel Ban. Last updated: 26/01/2022. "
            + "Position: Deputy Minister. Passport details: A1234567: Mali passport. National identifier details: 12345: Mali number. "
            + "Other information: Test info 2.",
            e.Remarks);
        Assert.Equal(["row 4: 57 fields where the header has 58; the missing cells are read as empty"], list.Warnings);
    }

    [Fact]
    public void Parse_WithoutReportDateLine_ReadsTheRowsAndSaysThereIsNoDate()
    {
        using var temp = new TempFolder();
        var path = temp.Write("UK-Sanctions-List.csv", string.Join("\r\n", File.ReadAllLines(Excerpt).Skip(1)));

        var list = Format.Parse(path);

        Assert.Null(list.PublishedAt);
        Assert.Equal(Format.Parse(Excerpt).Entities.Length, list.Entities.Length);
        Assert.Equal(["no Report Date line before the header; the publication has no date"], list.Warnings);
    }

    [Fact]
    public void Parse_Windows1252File_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Watchman).Take(3)
            .Select(l => l.Replace("\"حاجی خيرالله و حاجی ستار صرافی\"", "Café", StringComparison.Ordinal));
        var path = temp.Write("UK-Sanctions-List.csv", string.Join("\r\n", lines), Encoding.GetEncoding(1252));

        var e = Assert.Single(Format.Parse(path).Entities);

        Assert.Contains(new EntityName("Café", NameType.OriginalScript), e.Names);
    }

    [Fact]
    public void Detect_BothCsvFiles_PickFcdoCsv()
    {
        Assert.Equal("uk-fcdo-csv", ListReader.Detect(Excerpt).Name);
        Assert.Equal("uk-fcdo-csv", ListReader.Detect(Watchman).Name);
    }

    [Fact]
    public void CanRead_OtherLists_IsFalse()
    {
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz")));
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "ofac-sdn-2023-12-28", "sdn.csv.gz")));
        Assert.False(Format.CanRead(TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.xml")));
        Assert.False(Format.CanRead(TestFiles.Get("Xml", "html-error.html")));
    }
}
