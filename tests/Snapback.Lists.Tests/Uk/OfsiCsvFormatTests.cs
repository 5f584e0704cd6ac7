using System.Text;
using Microsoft.VisualBasic.FileIO;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.Uk;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Uk;

public sealed class OfsiCsvFormatTests
{
    private static readonly OfsiCsvFormat Format = new();

    static OfsiCsvFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, int> OfsiFiles() => new()
    {
        { RepoPaths.Shared("uk", "ofsi-conlist-2018-04-13", "sanctionsconlist.csv"), 1252 },
        { RepoPaths.Shared("uk", "ofsi-conlist-2020-04-27", "ConList.csv"), 1252 },
        { RepoPaths.Shared("uk", "ofsi-conlist-2023-06-05", "ConList.converted-from-xlsx.csv.gz"), 65001 },
        { RepoPaths.Shared("uk", "ofsi-conlist-2025-04-10", "ConList.converted-from-xlsx.csv.gz"), 65001 },
        { RepoPaths.Shared("uk", "ofsi-conlist-2025-04-14", "ConList.converted-from-xlsx.csv.gz"), 65001 },
        { Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz"), 65001 },
    };

    [Theory]
    [MemberData(nameof(OfsiFiles))]
    public void Parse_RealFile_GroupsByTypeMatchRawRows(string path, int codePage)
    {
        var (updated, rows) = ReadRaw(path, codePage);
        var groups = rows.GroupBy(r => r["Group ID"], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()["Group Type"], StringComparer.Ordinal);

        Assert.True(Format.CanRead(path));
        var list = Format.Parse(path);

        Assert.Equal(ListSources.UkOfsi, list.Source);
        Assert.Equal("uk-ofsi-csv", list.Format);
        Assert.Equal(updated, list.PublishedAt?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(groups.Count(g => g.Value == "Individual"), list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(groups.Count(g => g.Value == "Entity"), list.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(groups.Count(g => g.Value == "Ship"), list.Entities.Count(e => e.Kind == EntityKind.Vessel));
        Assert.Equal(groups.Keys.Select(k => "uk:" + k).Order(StringComparer.Ordinal), list.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OfsiFiles))]
    public void Parse_RealFile_KeepsEveryNameRowDecodedAndEveryRegime(string path, int codePage)
    {
        var (_, rows) = ReadRaw(path, codePage);
        var byId = Format.Parse(path).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entity = byId["uk:" + row["Group ID"]];
            var name = string.Join(' ', new[] { "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6" }.Select(c => row[c].Trim()).Where(p => p.Length > 0));
            if (name.Length > 0)
            {
                Assert.Contains(entity.Names, n => n.Full == name.Normalize(NormalizationForm.FormC));
            }

            Assert.Contains(row["Regime"].Trim(), entity.Programs);
            Assert.DoesNotContain(entity.Names, n => n.Full.Contains('\uFFFD', StringComparison.Ordinal));
        }

        Assert.All(byId.Values, e => Assert.Equal(NameType.Primary, e.Names[0].Type));
    }

    [Fact]
    public void Parse_2018Windows1252_DecodesCurlyQuotes()
    {
        var entities = Parse(RepoPaths.Shared("uk", "ofsi-conlist-2018-04-13", "sanctionsconlist.csv"));

        Assert.Contains(entities["uk:13190"].Names, n => n.Full == "Abdallah AL-MU\u2019AYYAD");
        Assert.Contains(new BirthDate(1984), entities["uk:13190"].BirthDates);
        Assert.Equal(["YE"], entities["uk:13190"].Nationalities);
    }

    [Fact]
    public void Parse_2025_IndividualWithAliasQualityPassportsAndNonLatinName_FieldByField()
    {
        var e = Parse(RepoPaths.Shared("uk", "ofsi-conlist-2025-04-14", "ConList.converted-from-xlsx.csv.gz"))["uk:7059"];

        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal(new EntityName("Said BAHAJI", NameType.Primary, null, "Said", "BAHAJI"), e.Names[0]);
        Assert.Contains(new EntityName("سعيد باهاجى", NameType.OriginalScript), e.Names);
        Assert.Contains(new EntityName("Mohamed ABBATTAY", NameType.WeakAlias, null, "Mohamed", "ABBATTAY"), e.Names);
        Assert.Contains(new EntityName("Zouheir AL MAGHRIBI", NameType.StrongAlias, null, "Zouheir", "AL MAGHRIBI"), e.Names);
        Assert.Equal([new BirthDate(1975, 7, 15)], e.BirthDates);
        Assert.Equal(["Haselünne, Lower Saxony, Germany"], e.PlacesOfBirth);
        Assert.Equal(["DE", "MA"], e.Nationalities);
        Assert.Contains(new Identifier(IdentifierType.Passport, "28642163", Label: "Passport"), e.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Passport, "954242", Label: "Passport"), e.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.NationalId, "1336597587", Label: "National Identification Number"), e.Identifiers);
        Assert.Equal([new Address("Bunatwiete 23", "Hamburg, 21073", "Germany", "DE")], e.Addresses);
        Assert.Equal(["ISIL (Da'esh) and Al-Qaida"], e.Programs);
        Assert.Equal(new DateOnly(2002, 10, 1), e.ListedOn);
        Assert.Contains("(UN Ref):QDi.080", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_2025_UnknownDayAndMonthGiveYearOnlyBirthDates()
    {
        var e = Parse(RepoPaths.Shared("uk", "ofsi-conlist-2025-04-14", "ConList.converted-from-xlsx.csv.gz"))["uk:13378"];

        Assert.Equal([1992, 1993, 1994, 1995], e.BirthDates.Select(d => d.Year).Order());
        Assert.All(e.BirthDates, d => Assert.Null(d.Month));
        Assert.Contains(new EntityName("1-P", NameType.WeakAlias, null, null, "1-P"), e.Names);
    }

    [Fact]
    public void Parse_2025Conversion_YearOnlyDobCellsAreRead()
    {
        var list = Format.Parse(RepoPaths.Shared("uk", "ofsi-conlist-2025-04-14", "ConList.converted-from-xlsx.csv.gz"));

        Assert.Contains(new BirthDate(1954), list.Entities.Single(e => e.Id == "uk:12727").BirthDates);
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void Parse_2025_ShipCarriesImoAndVesselDetails()
    {
        var e = Parse(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz"))["uk:13651"];

        Assert.Equal(EntityKind.Vessel, e.Kind);
        Assert.Equal("SAM JONG 2", e.PrimaryName);
        Assert.Contains(new EntityName("RAINBOW CHASER", NameType.StrongAlias, null, null, "RAINBOW CHASER"), e.Names);
        Assert.Contains(new Identifier(IdentifierType.Imo, "7408873", Label: "IMO number"), e.Identifiers);
        Assert.Equal(new VesselDetails("North Korea", "Oil tanker", "1676", null, "Korea Samjong Shipping"), e.Vessel);
        Assert.Equal(["Democratic People's Republic of Korea"], e.Programs);
    }

    [Fact]
    public void CanRead_OtherFiles_IsFalse()
    {
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "ofac-sdn-2023-12-28", "sdn.csv.gz")));
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz")));
        Assert.False(Format.CanRead(TestFiles.Get("Xml", "html-error.html")));
    }

    [Fact]
    public void Detect_BundledOfsiList_PicksOfsiFormat() =>
        Assert.Equal("uk-ofsi-csv", ListReader.Detect(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz")).Name);

    [Fact]
    public void Parse_HeaderWithoutGroupId_IsRejectedNamingTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ofsi-bad.csv", "Last Updated,14/04/2025\nName 6,Name 1,Group Type,Alias Type\nSMITH,John,Individual,Primary name\n");
        var error = Assert.Throws<ListFormatException>(() => Format.Parse(path));
        Assert.StartsWith(Path.GetFileName(path) + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("Group ID", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PrimaryRowWithOnlyANonLatinName_TheNextLatinNameIsPrimaryAndFirst()
    {
        using var temp = new TempFolder();
        var path = temp.Write(
            "ConList.csv",
            "Last Updated,14/04/2025\n"
            + "Name 6,Name 1,Name Non-Latin Script,Group Type,Alias Type,Group ID\n"
            + ",,Иван Петров,Individual,Primary name,1\n"
            + "PETROV,Ivan,,Individual,AKA,1\n");

        var e = Assert.Single(Format.Parse(path).Entities);

        Assert.Equal(
            [new EntityName("Ivan PETROV", NameType.Primary, null, "Ivan", "PETROV"), new EntityName("Иван Петров", NameType.OriginalScript)],
            e.Names);
    }

    private static Dictionary<string, ListedEntity> Parse(string path) => Format.Parse(path).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>Row 1's date and the name rows as header → cell maps, read with the framework's own CSV parser.</summary>
    private static (string Updated, List<Dictionary<string, string>> Rows) ReadRaw(string path, int codePage)
    {
        using var stream = ListFile.OpenRead(path);
        using var parser = new TextFieldParser(stream, Encoding.GetEncoding(codePage)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var updated = parser.ReadFields()![1];
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            rows.Add(header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : "")).ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal));
        }

        return (updated, rows);
    }
}
