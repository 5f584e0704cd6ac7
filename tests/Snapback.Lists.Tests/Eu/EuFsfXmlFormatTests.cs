using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Snapback.Lists.Eu;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Eu;

public sealed class EuFsfXmlFormatTests
{
    private static readonly XNamespace Ns = "http://eu.europa.ec/fpi/fsd/export";
    private static readonly EuFsfXmlFormat Format = new();

    public static TheoryData<string> EuFiles() =>
    [
        RepoPaths.Shared("eu", "excerpt-2020-04-15", "sample_eu_sanctions.xml"),
        Path.Combine(RepoPaths.Bundled, "eu-excerpt-2020-04-15", "sample_eu_sanctions.xml.gz"),
        TestData("fsf-2018-12-21-excerpt.xml"),
    ];

    [Theory]
    [MemberData(nameof(EuFiles))]
    public void Parse_RealExcerpt_CountsAndNamesMatchRawXml(string path)
    {
        XDocument raw;
        using (var stream = ListFile.OpenRead(path))
        {
            raw = XDocument.Load(stream);
        }

        var entries = raw.Descendants(Ns + "sanctionEntity").ToList();

        Assert.True(Format.CanRead(path));
        var list = Format.Parse(path);

        Assert.Equal(ListSources.Eu, list.Source);
        Assert.Equal("eu-fsf-xml", list.Format);
        Assert.Equal(DateTimeOffset.Parse(raw.Root!.Attribute("generationDate")!.Value, System.Globalization.CultureInfo.InvariantCulture), list.PublishedAt);
        Assert.Equal(entries.Count(e => e.Element(Ns + "subjectType")!.Attribute("code")!.Value == "person"), list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(entries.Count(e => e.Element(Ns + "subjectType")!.Attribute("code")!.Value == "enterprise"), list.Entities.Count(e => e.Kind == EntityKind.Organization));
        var byId = list.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var entity = byId["eu:" + entry.Attribute("logicalId")!.Value];
            var aliases = entry.Elements(Ns + "nameAlias").Select(a => a.Attribute("wholeName")!.Value).ToList();
            Assert.Equal(aliases[0], entity.PrimaryName);
            Assert.Equal(aliases.ToHashSet(StringComparer.Ordinal), entity.Names.Select(n => n.Full).ToHashSet(StringComparer.Ordinal));
            Assert.Equal(
                entry.Elements(Ns + "regulation").Select(r => r.Attribute("programme")!.Value).Distinct(StringComparer.Ordinal),
                entity.Programs);
        }
    }

    [Fact]
    public void Parse_2020Excerpt_SaddamHussein_FieldByField()
    {
        var e = Parse(RepoPaths.Shared("eu", "excerpt-2020-04-15", "sample_eu_sanctions.xml"))["eu:13"];

        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal(new EntityName("Abou Ali", NameType.Primary, "FR"), e.Names[0]);
        Assert.Contains(new EntityName("Abu Ali", NameType.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Saddam Hussein Al-Tikriti", NameType.StrongAlias, null, "Saddam", "Hussein Al-Tikriti"), e.Names);
        Assert.Equal(["IQ"], e.Citizenships);
        Assert.Equal([new BirthDate(1937, 4, 28)], e.BirthDates);
        Assert.Equal(["al-Awja, near Tikrit, IRAQ"], e.PlacesOfBirth);
        Assert.Equal(["IRQ"], e.Programs);
        Assert.Equal(new DateOnly(2003, 7, 8), e.ListedOn);
        Assert.Equal("Male", e.Gender);
        Assert.Contains("UNSC RESOLUTION 1483", e.Remarks, StringComparison.Ordinal);
        Assert.Contains("EU reference: EU.27.28", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_2018Excerpt_PassportAndFunction()
    {
        var e = Parse(TestData("fsf-2018-12-21-excerpt.xml"))["eu:1"];

        Assert.Equal(new EntityName("Robert Gabriel Mugabe", NameType.Primary, null, "Robert Gabriel", "Mugabe"), e.Names[0]);
        Assert.Equal([new Identifier(IdentifierType.Passport, "AD001095", null, "National passport")], e.Identifiers);
        Assert.Equal([new BirthDate(1924, 2, 21)], e.BirthDates);
        Assert.Empty(e.PlacesOfBirth);
        Assert.Equal(["ZWE"], e.Programs);
        Assert.Contains("Function: Former President", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_2018Excerpt_EnterpriseKeepsCyrillicAndGreekAsOriginalScriptWithLanguage()
    {
        var e = Parse(TestData("fsf-2018-12-21-excerpt.xml"))["eu:207"];

        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal("İslami Büyük Doğu Akıncılar Cephesi", e.PrimaryName);
        Assert.Contains(new EntityName("Фронт на великите ислямски източни воини", NameType.OriginalScript, "BG"), e.Names);
        Assert.Contains(new EntityName("Μέγα Ισλαµικό Μέτωπο των Πολεµιστών της Ανατολής", NameType.OriginalScript, "EL"), e.Names);
        Assert.Contains(new EntityName("Front der islamischen Kämpfer des Großen Ostens", NameType.StrongAlias, "DE"), e.Names);
        Assert.Contains(new EntityName("IBDA-C", NameType.StrongAlias), e.Names);
        Assert.Equal(["TERR"], e.Programs);
    }

    [Fact]
    public void Parse_DocumentBuiltFromDerivedEuNames_EveryNameRoundTripsWithItsScript()
    {
        var sample = DerivedEuSample();
        using var temp = new TempFolder();
        var path = temp.PathOf("eu-derived.xml");
        BuildFsfDocument(sample).Save(path);
        var parsed = Format.Parse(path).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        Assert.Equal(sample.Count, parsed.Count);
        foreach (var (id, type, names) in sample)
        {
            var entity = parsed["eu:" + id];
            Assert.Equal(type == "individual" ? EntityKind.Person : EntityKind.Organization, entity.Kind);
            Assert.Equal(names[0].Normalize(NormalizationForm.FormC), entity.PrimaryName);
            var parsedNames = entity.Names.Select(n => n.Full).ToHashSet(StringComparer.Ordinal);
            foreach (var name in names)
            {
                Assert.Contains(name.Normalize(NormalizationForm.FormC), parsedNames);
            }

            foreach (var name in entity.Names.Skip(1))
            {
                if (HasCyrillicOrGreek(name.Full))
                {
                    Assert.Equal(NameType.OriginalScript, name.Type);
                }
                else if (name.Full.All(c => !char.IsLetter(c) || c <= '\u024F'))
                {
                    Assert.Equal(NameType.StrongAlias, name.Type);
                }
            }
        }

        Assert.True(sample.Count(s => s.Names.Any(HasCyrillicOrGreek)) >= 50);
    }

    [Fact]
    public void Parse_SchemaFieldsNotInTheExcerpts_AreMapped()
    {
        // Attributes as the FSF XML 1.1 schema defines them; the real excerpts above have no weak alias, year range,
        // circa date, address or latin passport number, so this document carries one of each.
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-01-28T10:00:00.000+01:00" globalFileId="1">
              <sanctionEntity designationDetails="" unitedNationId="QDi.001" euReferenceNumber="EU.1.1" logicalId="900" designationDate="2022-02-28">
                <regulation programme="RUS" publicationDate="2022-03-01" logicalId="1"/>
                <subjectType code="person" classificationCode="P"/>
                <nameAlias firstName="Ivan" middleName="" lastName="Petrov" wholeName="Ivan Petrov" gender="M" title="Dr" nameLanguage="" strong="true" logicalId="1"/>
                <nameAlias wholeName="Иван Петров" nameLanguage="RU" strong="true" logicalId="2"/>
                <nameAlias wholeName="Vanya" strong="false" logicalId="3"/>
                <citizenship countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="4"/>
                <citizenship countryIso2Code="00" countryDescription="UNKNOWN" logicalId="5"/>
                <birthdate circa="false" yearRangeFrom="1960" yearRangeTo="1962" city="Omsk" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="6"/>
                <birthdate circa="true" year="1958" logicalId="7"/>
                <identification identificationTypeCode="passport" identificationTypeDescription="National passport" number="ПА 123456" latinNumber="PA 123456" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="8"/>
                <identification identificationTypeCode="id" number="7701234567" countryIso2Code="00" countryDescription="UNKNOWN" logicalId="9"/>
                <address street="Tverskaya 1" poBox="12" city="Moscow" zipCode="125009" region="" place="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="10"/>
              </sanctionEntity>
            </export>
            """;
        using var temp = new TempFolder();
        var path = temp.Write("eu-fields.xml", xml);
        var list = Format.Parse(path);
        var e = Assert.Single(list.Entities);

        Assert.Equal(new DateTimeOffset(2026, 1, 28, 10, 0, 0, TimeSpan.FromHours(1)), list.PublishedAt);
        Assert.Equal("eu:900", e.Id);
        Assert.Equal(
            [
                new EntityName("Ivan Petrov", NameType.Primary, null, "Ivan", "Petrov"),
                new EntityName("Иван Петров", NameType.OriginalScript, "RU"),
                new EntityName("Vanya", NameType.WeakAlias),
            ],
            e.Names);
        Assert.Equal("Male", e.Gender);
        Assert.Equal("Dr", e.Title);
        Assert.Equal(["RU"], e.Citizenships);
        Assert.Equal([new BirthDate(1960, ToYear: 1962), new BirthDate(1958, Circa: true)], e.BirthDates);
        Assert.Equal(["Omsk, RUSSIAN FEDERATION"], e.PlacesOfBirth);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "ПА 123456", "RU", "National passport"),
                new Identifier(IdentifierType.Passport, "PA 123456", "RU", "National passport"),
                new Identifier(IdentifierType.NationalId, "7701234567", null, "id"),
            ],
            e.Identifiers);
        Assert.Equal([new Address("Tverskaya 1, PO Box 12", "Moscow, 125009", "RUSSIAN FEDERATION", "RU")], e.Addresses);
        Assert.Equal(new DateOnly(2022, 2, 28), e.ListedOn);
        Assert.Equal("UN reference: QDi.001. EU reference: EU.1.1.", e.Remarks);
    }

    [Fact]
    public void CanRead_OtherListFormats_IsFalse()
    {
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz")));
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz")));
    }

    [Fact]
    public void Detect_BundledEuExcerpt_PicksEuFormat() =>
        Assert.Equal("eu-fsf-xml", ListReader.Detect(Path.Combine(RepoPaths.Bundled, "eu-excerpt-2020-04-15", "sample_eu_sanctions.xml.gz")).Name);

    /// <summary>Every 15th EU entry plus every entry with a Cyrillic or Greek alias among the first 1,500: 630 entries, 460 of them with Cyrillic or Greek names.</summary>
    private static List<(string Id, string Type, List<string> Names)> DerivedEuSample()
    {
        using var stream = ListFile.OpenRead(RepoPaths.Shared("eu", "derived-2026-01-28", "all.json.gz"));
        using var json = JsonDocument.Parse(stream);
        var sample = new List<(string, string, List<string>)>();
        var index = 0;
        foreach (var entry in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            if (!entry.GetProperty("source").EnumerateArray().Any(s => s.GetString() == "EU"))
            {
                continue;
            }

            var names = new List<string> { entry.GetProperty("name").GetString()! };
            names.AddRange(entry.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Where(a => a.Length > 0));
            names = names.Distinct(StringComparer.Ordinal).ToList();
            if (index % 15 == 0 || (index < 1500 && names.Any(HasCyrillicOrGreek)))
            {
                sample.Add((entry.GetProperty("source_id").GetString()!, entry.GetProperty("type").GetString()!, names));
            }

            index++;
        }

        return sample;
    }

    private static XDocument BuildFsfDocument(List<(string Id, string Type, List<string> Names)> sample) =>
        new(new XElement(
            Ns + "export",
            new XAttribute("generationDate", "2026-01-28T00:00:00+01:00"),
            sample.Select(s => new XElement(
                Ns + "sanctionEntity",
                new XAttribute("logicalId", s.Id),
                new XElement(Ns + "subjectType", new XAttribute("code", s.Type == "individual" ? "person" : "enterprise")),
                s.Names.Select(n => new XElement(Ns + "nameAlias", new XAttribute("wholeName", n), new XAttribute("strong", "true")))))));

    private static bool HasCyrillicOrGreek(string text) => text.Any(c => c is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u04FF');

    private static Dictionary<string, ListedEntity> Parse(string path) => Format.Parse(path).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    private static string TestData(string name) => TestFiles.Get("Eu", name);
}
