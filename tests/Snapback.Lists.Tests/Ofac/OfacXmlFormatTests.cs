using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Ofac;

public sealed class OfacXmlFormatTests
{
    public static TheoryData<string> ConsolidatedXml => ["cons-2020-03-17", "cons-2023-03-08", "cons-2025-03-28", "cons-2025-10-22", "cons-2026-01-08"];

    [Theory]
    [MemberData(nameof(ConsolidatedXml))]
    public void Parse_ConsolidatedXml_CountsAsTheDocument(string folder)
    {
        var path = RepoPaths.Shared("ofac", folder, "consolidated.xml");
        var document = XDocument.Load(path);
        var entries = document.Root!.Elements().Where(e => e.Name.LocalName == "sdnEntry").ToList();
        string? Child(XElement e, string name) => e.Elements().FirstOrDefault(c => c.Name.LocalName == name)?.Value;

        var list = ListReader.Read(path);

        Assert.Equal("ofac-xml", list.Format);
        Assert.Equal(ListSources.OfacConsolidated, list.Source);
        Assert.Equal(entries.Count, list.Entities.Length);
        Assert.Equal(entries.Count(e => Child(e, "sdnType") == "Individual"), list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(entries.Count(e => Child(e, "sdnType") == "Entity"), list.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(
            entries.Select(e => "ofac:" + Child(e, "uid")).Order(StringComparer.Ordinal),
            list.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        var published = document.Descendants().Single(e => e.Name.LocalName == "Publish_Date").Value;
        Assert.Equal(published, list.PublishedAt?.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        // An entry may repeat an alias word for word (2020: uid 18769 lists a weak 'VYSOKOTOCHNYE KOMPLEKSY' twice); it is one name.
        Assert.Equal(
            entries.Sum(e => e.Descendants().Where(a => a.Name.LocalName == "aka")
                .Select(a => string.Join("|", a.Elements().Where(c => c.Name.LocalName != "uid").Select(c => c.Value)))
                .Distinct(StringComparer.Ordinal)
                .Count()),
            list.Entities.Sum(e => e.Names.Length - 1));
        Assert.Equal(
            document.Descendants().Count(e => e.Name.LocalName == "address"),
            list.Entities.Sum(e => e.Addresses.Length));
        Assert.Equal(
            document.Descendants().Count(e => e.Name.LocalName == "dateOfBirth"),
            list.Entities.Sum(e => e.BirthDates.Length));
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void Parse_BundledCompressedXml_EqualsTheSharedFile()
    {
        var bundled = ListReader.Read(Path.Combine(RepoPaths.Bundled, "ofac-cons-2026-01-08", "consolidated.xml.gz"));
        var shared = ListReader.Read(RepoPaths.Shared("ofac", "cons-2026-01-08", "consolidated.xml"));

        Assert.Equal(shared.Entities.Select(Key), bundled.Entities.Select(Key));
        Assert.Equal(shared.PublishedAt, bundled.PublishedAt);
    }

    [Fact]
    public void Parse_PersonEntry_ReadsEveryField()
    {
        // uid 9647 ZAHHAR, Mahmoud Khaled in the 01/08/2026 list.
        var entity = ListReader.Read(RepoPaths.Shared("ofac", "cons-2026-01-08", "consolidated.xml")).Entities.Single(e => e.Id == "ofac:9647");

        Assert.Equal(EntityKind.Person, entity.Kind);
        Assert.Equal(new EntityName("ZAHHAR, Mahmoud Khaled", NameType.Primary, Given: "Mahmoud Khaled", Family: "ZAHHAR"), entity.Names[0]);
        Assert.Contains(new EntityName("AL ZAHAR, Mahmoud Khaled", NameType.StrongAlias, Given: "Mahmoud Khaled", Family: "AL ZAHAR"), entity.Names);
        Assert.Contains(new EntityName("ZAHAR, Mahmoud", NameType.WeakAlias, Given: "Mahmoud", Family: "ZAHAR"), entity.Names);
        Assert.Contains(new EntityName("AL-ZAHAR, Mahmoud", NameType.WeakAlias, Given: "Mahmoud", Family: "AL-ZAHAR"), entity.Names);
        Assert.Equal(["NS-PLC", "SDGT"], entity.Programs.Order(StringComparer.Ordinal));
        Assert.Equal("Male", entity.Gender);
        Assert.Equal(["HAMAS"], entity.LinkedTo);
        Assert.Equal(["PS"], entity.Nationalities); // "Palestinian" as published, as an ISO code after ListReader
        Assert.Equal([new BirthDate(1945)], entity.BirthDates);
        Assert.Equal([new Address(null, null, "Region: Gaza", "PS")], entity.Addresses);
        Assert.Equal(
            "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886", entity.Remarks);
    }

    [Fact]
    public void Parse_NewerPublication_SameEntriesParseAlikeDespiteReorderedElements()
    {
        var older = ListReader.Read(RepoPaths.Shared("ofac", "cons-2025-10-22", "consolidated.xml")).Entities.ToDictionary(e => e.Id);
        var newer = ListReader.Read(RepoPaths.Shared("ofac", "cons-2026-01-08", "consolidated.xml")).Entities.ToDictionary(e => e.Id);
        var rawOlder = Uids("cons-2025-10-22");
        var rawNewer = Uids("cons-2026-01-08");

        var removed = older.Keys.Except(newer.Keys).ToList();
        Assert.Equal(rawOlder.Except(rawNewer).Select(u => "ofac:" + u), removed);
        Assert.Contains(older[Assert.Single(removed)].Names, n => n.Full.Contains("KAYAKIRAN", StringComparison.Ordinal));
        // Entries whose content really changed (raw leaf elements compared as sets; child order and element uids ignored).
        var rawChanged = Entries("cons-2025-10-22").Join(Entries("cons-2026-01-08"), e => e.Key, e => e.Key, (a, b) => (a.Key, Same: a.Value == b.Value))
            .Where(p => !p.Same)
            .Select(p => "ofac:" + p.Key)
            .Order(StringComparer.Ordinal);
        var changed = newer.Values.Where(e => older.TryGetValue(e.Id, out var before) && Key(before) != Key(e)).Select(e => e.Id);
        Assert.Equal(rawChanged, changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_ConsolidatedCsvAndXmlOfTheSameWeeks_AgreeOnEntries()
    {
        var csv = ListReader.Read(RepoPaths.Shared("ofac", "non-sdn-consolidated")).Entities.ToDictionary(e => e.Id);
        var xml = ListReader.Read(RepoPaths.Shared("ofac", "cons-2026-01-08", "consolidated.xml")).Entities;

        Assert.Equal(csv.Keys.Order(StringComparer.Ordinal), xml.Select(e => e.Id).Order(StringComparer.Ordinal));
        foreach (var entity in xml)
        {
            EntityAssert.SameCore(csv[entity.Id], entity);
        }
    }

    [Fact]
    public void Parse_OldAndNewNamespace_ReadAlike()
    {
        var path = TestFiles.Get("Ofac", "SDN.XML");
        using var temp = new TempFolder();
        var newNamespace = temp.Write(
            "sdn.xml",
            File.ReadAllText(path).Replace(
                "http://tempuri.org/sdnList.xsd",
                "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML",
                StringComparison.Ordinal));
        var old = ListReader.Read(path);
        var renewed = ListReader.Read(newNamespace);

        Assert.Equal(old.Entities.Select(Key), renewed.Entities.Select(Key));
        Assert.Equal(ListSources.OfacSdn, old.Source);
        var vessel = old.Entities.Single(e => e.Kind == EntityKind.Vessel);
        Assert.Equal(new VesselDetails("Panama", "Crude Oil Tanker", "150,000", "80,000", "SOME SHIPPING LTD."), vessel.Vessel);
        Assert.Contains(new Identifier(IdentifierType.CallSign, "H3AB", null, "Call Sign"), vessel.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Imo, "9187629", null, "Vessel Registration Identification"), vessel.Identifiers);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), old.PublishedAt);
    }

    [Fact]
    public void Parse_CraftedPerson_ReadsTitleAddressCitizenshipAndDates()
    {
        var entity = ListReader.Read(TestFiles.Get("Ofac", "SDN.XML")).Entities.Single(e => e.Id == "ofac:6939");

        Assert.Equal(new EntityName("AL-AHDAL, Mohammad Hamdi", NameType.Primary, Given: "Mohammad Hamdi", Family: "AL-AHDAL"), entity.Names[0]);
        Assert.Equal("Commander", entity.Title);
        Assert.Equal([new Address("Jamal street, Al-Dahima alley", "Al-Hudaydah", "Yemen", "YE")], entity.Addresses);
        Assert.Equal(["YE"], entity.Citizenships);
        Assert.Equal(["Medina, Saudi Arabia"], entity.PlacesOfBirth);
        Assert.Equal([new BirthDate(1971, 11, 19), new BirthDate(1970, Circa: true)], entity.BirthDates);
        Assert.Equal([new Identifier(IdentifierType.Passport, "541939", "Yemen", "Passport")], entity.Identifiers);
        Assert.Equal(["SOME GROUP"], entity.LinkedTo);
        Assert.Equal("Something else", entity.Remarks);
    }

    [Fact]
    public void Parse_UnnamedFile_DecidesTheListFromItsPrograms()
    {
        using var temp = new TempFolder();
        var consolidated = temp.PathOf("list1.xml");
        var sdn = temp.PathOf("list2.xml");
        File.Copy(RepoPaths.Shared("ofac", "cons-2020-03-17", "consolidated.xml"), consolidated);
        File.Copy(TestFiles.Get("Ofac", "SDN.XML"), sdn);

        Assert.Equal(ListSources.OfacConsolidated, ListReader.Read(consolidated).Source);
        Assert.Equal(ListSources.OfacSdn, ListReader.Read(sdn).Source);
    }

    private static Dictionary<string, string> Entries(string folder) =>
        XDocument.Load(RepoPaths.Shared("ofac", folder, "consolidated.xml")).Root!.Elements()
            .Where(e => e.Name.LocalName == "sdnEntry")
            .ToDictionary(
                e => e.Elements().First(c => c.Name.LocalName == "uid").Value,
                e => string.Join("\n", e.Descendants().Where(d => !d.HasElements && d.Name.LocalName != "uid")
                    .Select(d => d.Name.LocalName + "=" + d.Value).Order(StringComparer.Ordinal)));

    private static HashSet<string> Uids(string folder) =>
        [.. XDocument.Load(RepoPaths.Shared("ofac", folder, "consolidated.xml")).Root!.Elements()
            .Where(e => e.Name.LocalName == "sdnEntry")
            .Select(e => e.Elements().First(c => c.Name.LocalName == "uid").Value)];

    /// <summary>The entity's content with every collection sorted, so element order in the file does not matter.</summary>
    private static string Key(ListedEntity e) => string.Join(
        " | ",
        e.Id,
        e.Kind,
        e.Title,
        e.Gender,
        e.Remarks is null ? "" : string.Join("; ", e.Remarks.Split("; ").Order(StringComparer.Ordinal)),
        e.Vessel,
        string.Join(";", e.Names.Select(n => n.ToString()).Order(StringComparer.Ordinal)),
        string.Join(";", e.BirthDates.Select(n => n.ToString()).Order(StringComparer.Ordinal)),
        string.Join(";", e.PlacesOfBirth.Order(StringComparer.Ordinal)),
        string.Join(";", e.Nationalities.Order(StringComparer.Ordinal)),
        string.Join(";", e.Citizenships.Order(StringComparer.Ordinal)),
        string.Join(";", e.Addresses.Select(n => n.ToString()).Order(StringComparer.Ordinal)),
        string.Join(";", e.Identifiers.Select(n => n.ToString()).Order(StringComparer.Ordinal)),
        string.Join(";", e.Programs.Order(StringComparer.Ordinal)),
        string.Join(";", e.LinkedTo.Order(StringComparer.Ordinal)));
}
