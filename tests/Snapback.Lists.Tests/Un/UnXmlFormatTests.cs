using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Un;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Un;

public sealed class UnXmlFormatTests
{
    private static readonly UnXmlFormat Format = new();

    public static TheoryData<string> UnFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Shared("un"), "*.xml").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        data.Add(Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz"));
        return data;
    }

    [Theory]
    [MemberData(nameof(UnFiles))]
    public void Parse_RealFile_CountsMatchRawXml(string path)
    {
        var raw = LoadRaw(path);
        var individuals = raw.Descendants("INDIVIDUAL").Select(Reference).ToHashSet(StringComparer.Ordinal);
        var entities = raw.Descendants("ENTITY").Select(Reference).ToHashSet(StringComparer.Ordinal);

        Assert.True(Format.CanRead(path));
        var list = Format.Parse(path);

        Assert.Equal(ListSources.Un, list.Source);
        Assert.Equal("un-xml", list.Format);
        Assert.Equal(DateTimeOffset.Parse(raw.Root!.Attribute("dateGenerated")!.Value, System.Globalization.CultureInfo.InvariantCulture), list.PublishedAt);
        Assert.Equal(individuals.Count, list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(entities.Count, list.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(individuals.Select(r => "un:" + r).Order(StringComparer.Ordinal), list.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            individuals.Count(r => r.StartsWith("IRi.", StringComparison.Ordinal)),
            list.Entities.Count(e => e.Id.StartsWith("un:IRi.", StringComparison.Ordinal)));
        Assert.Equal(
            entities.Count(r => r.StartsWith("IRe.", StringComparison.Ordinal)),
            list.Entities.Count(e => e.Id.StartsWith("un:IRe.", StringComparison.Ordinal)));
        Assert.Equal(list.Entities.Length, list.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(UnFiles))]
    public void Parse_RealFile_KeepsEveryNameAndAlias(string path)
    {
        var raw = LoadRaw(path);
        var byId = Format.Parse(path).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entry in raw.Descendants().Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY"))
        {
            var entity = byId["un:" + Reference(entry)];
            var names = entity.Names.Select(n => n.Full).ToHashSet(StringComparer.Ordinal);
            var primary = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
                .Select(n => entry.Element(n)?.Value.Trim()).Where(v => !string.IsNullOrEmpty(v)));
            Assert.Equal(primary, entity.Names[0].Full);
            Assert.Equal(NameType.Primary, entity.Names[0].Type);
            foreach (var alias in entry.Descendants("ALIAS_NAME").Select(a => a.Value.Trim()).Where(a => a.Length > 0))
            {
                Assert.Contains(alias, names);
            }

            var program = entry.Element("UN_LIST_TYPE")!.Value.Trim();
            Assert.Equal([program], entity.Programs);
        }
    }

    [Fact]
    public void Parse_Newest_IndividualWithGoodAndLowAliases_FieldByField()
    {
        var e = Newest()["un:TAi.011"];

        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal("AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED", e.PrimaryName);
        Assert.Contains(new EntityName("اختر محمد منصور شاه محمد", NameType.OriginalScript), e.Names);
        Assert.Contains(new EntityName("Akhtar Muhammad Mansoor", NameType.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Naib Imam", NameType.WeakAlias), e.Names);
        Assert.Equal([new BirthDate(1960, Circa: true), new BirthDate(1966)], e.BirthDates);
        Assert.Equal(["AF"], e.Nationalities);
        Assert.Equal(["Taliban"], e.Programs);
        Assert.Equal(new DateOnly(2001, 1, 25), e.ListedOn);
        Assert.Equal("Maulavi; Mullah", e.Title);
        Assert.StartsWith("Designation: Minister of Civil Aviation", e.Remarks, StringComparison.Ordinal);
        Assert.Contains("Band-e-Timur village, Maiwand District, Kandahar Province, Afghanistan", e.PlacesOfBirth);
    }

    [Fact]
    public void Parse_Newest_PassportWithIssuingCountryAndExactDate()
    {
        var e = Newest()["un:CDi.021"];

        Assert.Equal("FLORIBERT NGABU NJABU", e.PrimaryName);
        Assert.Equal([new BirthDate(1971, 5, 23)], e.BirthDates);
        Assert.Equal([new Identifier(IdentifierType.Passport, "OB 0243318", "Democratic Republic of the Congo", "Passport")], e.Identifiers);
        Assert.Equal(["CD"], e.Nationalities);
    }

    [Fact]
    public void Parse_Newest_BetweenYearsAndNationalIdAndGender()
    {
        var entities = Newest();

        Assert.Equal([new BirthDate(1973, ToYear: 1974)], entities["un:CDi.030"].BirthDates);
        Assert.Equal("1973/1974", entities["un:CDi.030"].BirthDates[0].ToString());
        Assert.Contains(new Identifier(IdentifierType.NationalId, "5430312277059", "Pakistan", "National Identification Number"), entities["un:TAi.174"].Identifiers);
        Assert.Equal("Male", entities["un:CDi.001"].Gender);
        Assert.Contains(new Address(null, null, "Rwanda", "RW"), entities["un:CDi.001"].Addresses);
    }

    [Fact]
    public void Parse_Newest_MonthAndYearInNoteIsRead_UnreadableDatesAreWarned()
    {
        var list = Format.Parse(RepoPaths.Shared("un", "consolidated-2026-02-27.xml"));
        var entities = list.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        Assert.Equal([new BirthDate(1973, 11)], entities["un:CDi.004"].BirthDates);
        Assert.Contains(list.Warnings, w => w.StartsWith("un:QDi.291: date of birth not understood", StringComparison.Ordinal) && w.Contains("Hijri", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Newest_SnapbackIranEntriesCarryIranProgramme()
    {
        var iran = Newest().Values.Where(e => e.Id.StartsWith("un:IRi.", StringComparison.Ordinal) || e.Id.StartsWith("un:IRe.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(iran);
        Assert.All(iran, e => Assert.Equal(["Iran"], e.Programs));
        Assert.Contains("Abadan, Iran (Islamic Republic of)", Newest()["un:IRi.001"].PlacesOfBirth);
    }

    [Fact]
    public void Parse_Newest_ShippingCompanyIsOrganisationWithImoAndAddress()
    {
        var e = Newest()["un:KPe.020"];

        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Contains(new EntityName("East Sea Shipping Company", NameType.StrongAlias), e.Names);
        Assert.Contains(new Identifier(IdentifierType.Imo, "1790183", Label: "IMO number"), e.Identifiers);
        Assert.Contains(new Address("Donghung Dong, Central District, PO Box 120", "Pyongyang", "Democratic People's Republic of Korea", "KP"), e.Addresses);
    }

    [Fact]
    public void CanRead_OtherListFormats_IsFalse()
    {
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "eu-excerpt-2020-04-15", "sample_eu_sanctions.xml.gz")));
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "ofac-cons-2026-01-08", "consolidated.xml.gz")));
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz")));
    }

    [Fact]
    public void Detect_BundledUnList_PicksUnFormat() =>
        Assert.Equal("un-xml", ListReader.Detect(Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz")).Name);

    private static Dictionary<string, ListedEntity> Newest() =>
        Format.Parse(RepoPaths.Shared("un", "consolidated-2026-02-27.xml")).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    private static XDocument LoadRaw(string path)
    {
        using var stream = ListFile.OpenRead(path);
        return XDocument.Load(stream);
    }

    private static string Reference(XElement entry) => entry.Element("REFERENCE_NUMBER")!.Value.Trim();
}
