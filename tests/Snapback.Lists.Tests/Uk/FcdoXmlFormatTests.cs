using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.Uk;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Uk;

public sealed class FcdoXmlFormatTests
{
    private const string Afghanistan = "The Afghanistan (Sanctions) (EU Exit) Regulations 2020";
    private static readonly FcdoXmlFormat Format = new();
    private static readonly string Excerpt = TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.xml");

    private static Dictionary<string, ListedEntity> Entities() => Format.Parse(Excerpt).Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    [Fact]
    public void Parse_Excerpt_EveryDesignationWithItsKindAndTheDateGenerated()
    {
        var raw = XDocument.Load(Excerpt).Root!.Elements("Designation")
            .Select(d => (Id: "uk:" + d.Element("UniqueID")!.Value, Type: d.Element("IndividualEntityShip")!.Value))
            .ToList();

        Assert.True(Format.CanRead(Excerpt));
        var list = Format.Parse(Excerpt);

        Assert.Equal(ListSources.UkFcdo, list.Source);
        Assert.Equal("uk-fcdo-xml", list.Format);
        Assert.Equal(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(raw.Select(r => r.Id), list.Entities.Select(e => e.Id));
        Assert.Equal(
            raw.Select(r => r.Type switch { "Individual" => EntityKind.Person, "Ship" => EntityKind.Vessel, _ => EntityKind.Organization }),
            list.Entities.Select(e => e.Kind));
        Assert.All(list.Entities, e => Assert.Equal(ListSources.UkFcdo, e.Source));
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void Parse_Excerpt_EntityWithAliasesAndTwoAddresses_FieldByField()
    {
        var e = Entities()["uk:AFG0001"];

        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal("12703", e.OfsiGroupId);
        Assert.Equal(
            [
                new EntityName("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", NameType.Primary, null, null, "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE"),
                new EntityName("Haji Alim Hawala", NameType.StrongAlias, null, null, "Haji Alim Hawala"),
                new EntityName("Haji Hakim Hawala", NameType.StrongAlias, null, null, "Haji Hakim Hawala"),
            ],
            e.Names);
        Assert.Equal(
            [
                new Address("Ansari Market, 2nd Floor", "Nimroz Province", "Afghanistan", "AF"),
                new Address("Branch Office 14", "Dubai", "United Arab Emirates", "AE"),
            ],
            e.Addresses);
        Assert.Equal([Afghanistan], e.Programs);
        Assert.Equal(new DateOnly(2012, 6, 29), e.ListedOn);
        Assert.Equal(
            "UN reference number: TAe.010. Designation source: UN. Sanctions imposed: Asset freeze. Last updated: 04/08/2026. "
            + "Other information: Afghan Money Service Provider License Number: 044.",
            e.Remarks);
        Assert.Empty(e.BirthDates);
        Assert.Empty(e.Identifiers);
        Assert.Null(e.Vessel);
    }

    [Fact]
    public void Parse_Excerpt_IndividualWithYearOnlyBirthDates_FieldByField()
    {
        var e = Entities()["uk:AFG0006"];

        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal("7172", e.OfsiGroupId);
        Assert.Equal([new EntityName("MOHAMMAD HASSAN AKHUND", NameType.Primary, null, "MOHAMMAD HASSAN", "AKHUND")], e.Names);
        Assert.Equal([new BirthDate(1945), new BirthDate(1946)], e.BirthDates);
        Assert.Equal([new Address(null, "Kabul", "Afghanistan", "AF")], e.Addresses);
        Assert.Equal(new DateOnly(2001, 1, 25), e.ListedOn);
        Assert.Equal(
            "UN reference number: TAi.002. Designation source: UN. Sanctions imposed: Asset freeze; Travel Ban. Last updated: 14/04/2026. "
            + "Other information: A close associate of Mullah Mohammed Omar (TAi.004).",
            e.Remarks);
    }

    [Fact]
    public void Parse_Excerpt_IndividualDetails_FieldByField()
    {
        var e = Entities()["uk:AFG0055"];

        Assert.Null(e.OfsiGroupId);
        Assert.Equal([new EntityName("NAJIBULLAH HAQQANI HIDAYATULLAH", NameType.Primary, null, "NAJIBULLAH HAQQANI", "HIDAYATULLAH")], e.Names);
        Assert.Equal([new BirthDate(1971), new BirthDate(1972, 10, 24)], e.BirthDates);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "D0009871", Label: "Passport"),
                new Identifier(IdentifierType.NationalId, "545167", Label: "National Identification Number"),
            ],
            e.Identifiers);
        Assert.Equal(["AF"], e.Nationalities);
        Assert.Equal(["Moni village, Shigal District, Kunar Province, Afghanistan"], e.PlacesOfBirth);
        Assert.Equal("Male", e.Gender);
        Assert.Equal([new Address("Kabul", null, "Afghanistan", "AF")], e.Addresses);
        Assert.Equal(
            "Last updated: 29/04/2026. Passport details: D0009871: Afghanistan diplomatic passport. "
            + "National identifier details: 545167: Afghan national ID card (tazkira).",
            e.Remarks);
    }

    [Fact]
    public void Parse_Excerpt_ShipWithLowerCasePrimaryNameType_FieldByField()
    {
        var e = Entities()["uk:DPR0075"];

        Assert.Equal(EntityKind.Vessel, e.Kind);
        Assert.Null(e.OfsiGroupId);
        Assert.Equal(
            [new EntityName("Petrel 8", NameType.Primary, null, null, "Petrel 8"), new EntityName("Jal Vahini", NameType.StrongAlias, null, null, "Jal Vahini")],
            e.Names);
        Assert.Equal([new Identifier(IdentifierType.Imo, "9562233", Label: "IMO number")], e.Identifiers);
        Assert.Equal(new VesselDetails("Comoros", "Bulk Carrier", "7078", null, "Global United Shipping India"), e.Vessel);
        Assert.Equal(["The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019"], e.Programs);
        Assert.Equal(new DateOnly(2017, 10, 3), e.ListedOn);
        Assert.Equal(
            "Designation source: UN. Sanctions imposed: Prohibition of port entry. Last updated: 18/12/2021. Previous flags: India. Year built: 2011.",
            e.Remarks);
    }

    [Fact]
    public void Parse_Excerpt_TrimmedDesignations_KeepGroupIdsNamesAndDocuments()
    {
        var entities = Entities();

        Assert.Equal("14196", entities["uk:RUS0251"].OfsiGroupId);
        Assert.Equal("Vladimir Vladimirovich PUTIN", entities["uk:RUS0251"].PrimaryName);
        Assert.Null(entities["uk:RUS0251"].Remarks);
        Assert.Equal("13923", entities["uk:BEL0005"].OfsiGroupId);
        Assert.Equal("13923", entities["uk:GHR0055"].OfsiGroupId);
        Assert.Equal("Yuri Khadzimuratovich Karayev", entities["uk:GHR0055"].PrimaryName);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "L 191609", Label: "Passport"),
                new Identifier(IdentifierType.NationalId, "DAOMMD74T11Z352Z", Label: "National Identification Number"),
                new Identifier(IdentifierType.NationalId, "04643632", Label: "National Identification Number"),
            ],
            entities["uk:AQD0239"].Identifiers);
        Assert.Equal("MOHAMED BEN BELGACEM BEN ABDALLAH AL-AOUADI", entities["uk:AQD0239"].PrimaryName);
        Assert.Equal("IMO 9274082 (\"TM HAI HA 568\")", entities["uk:RUS3686"].PrimaryName);
        Assert.Equal([new Identifier(IdentifierType.Imo, "9274082", Label: "IMO number")], entities["uk:RUS3686"].Identifiers);
        Assert.Null(entities["uk:RUS3686"].Vessel);
    }

    [Fact]
    public void Parse_Excerpt_AgreesWithTheOfficialExportOnIdsGroupsTypesAndDates()
    {
        var official = new FcdoOdsFormat().Parse(RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods"))
            .Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var excerpt = Format.Parse(Excerpt).Entities;

        var compared = 0;
        foreach (var e in excerpt.Where(e => official.ContainsKey(e.Id)))
        {
            var o = official[e.Id];
            Assert.Equal(o.Kind, e.Kind);
            Assert.Equal(e.OfsiGroupId is null ? null : o.OfsiGroupId, e.OfsiGroupId);
            Assert.True(e.ListedOn is null || e.ListedOn == o.ListedOn, e.Id);
            compared++;
        }

        Assert.Equal(excerpt.Length - 1, compared);
    }

    [Fact]
    public void Parse_EveryDetailElement_IsMapped()
    {
        // Hand-made: the elements of the published schema that no real excerpt here carries, in the case variants parsers have met.
        using var temp = new TempFolder();
        var path = temp.Write(
            "UK-Sanctions-List.xml",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <Designations>
              <DateGenerated>10/09/2026</DateGenerated>
              <Designation>
                <UniqueID>TST0001</UniqueID>
                <OFSIGroupID>99001</OFSIGroupID>
                <Names>
                  <Name><Name6>ALIAS FIRST</Name6><NameType>ALias</NameType><AliasStrength>Good quality a.k.a</AliasStrength></Name>
                  <Name><Name1>Ivan</Name1><Name2>Ivanovich</Name2><Name6>IVANOV</Name6><NameType>PRIMARY NAME</NameType></Name>
                  <Name><Name6>IVANOFF</Name6><NameType>Primary name variation</NameType></Name>
                  <Name><Name6>VANYA</Name6><NameType>Alias</NameType><AliasStrength>Low quality a.k.a</AliasStrength></Name>
                </Names>
                <NonLatinNames><NonLatinName><NameNonLatinScript>Иван Иванович Иванов</NameNonLatinScript><NonLatinScriptType>Cyrillic</NonLatinScriptType><NonLatinScriptLanguage>Russian</NonLatinScriptLanguage></NonLatinName></NonLatinNames>
                <Titles><Title>Dr</Title></Titles>
                <IndividualEntityShip>individual</IndividualEntityShip>
                <PhoneNumbers><PhoneNumber>+7 495 000 00 00</PhoneNumber></PhoneNumbers>
                <EmailAddresses><EmailAddress>ivanov@example.ru</EmailAddress></EmailAddresses>
                <Websites><Website>www.example.ru</Website></Websites>
                <IndividualDetails><Individual>
                  <DOBs><DOB>dd/03/1960</DOB></DOBs>
                  <Positions><Position>Director</Position></Positions>
                </Individual></IndividualDetails>
                <EntityDetails><Entity>
                  <TypeOfEntities><TypeOfEntity>Joint stock company</TypeOfEntity></TypeOfEntities>
                  <BusinessRegistrationNumbers><BusinessRegistrationNumber>1027700132195</BusinessRegistrationNumber></BusinessRegistrationNumbers>
                  <ParentCompanies><ParentCompany>Parent JSC</ParentCompany></ParentCompanies>
                  <Subsidiaries><Subsidiary>Daughter LLC</Subsidiary><Subsidiary>Son LLC</Subsidiary></Subsidiaries>
                </Entity></EntityDetails>
              </Designation>
            </Designations>
            """);

        var e = Assert.Single(Format.Parse(path).Entities);

        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal(
            [
                new EntityName("Ivan Ivanovich IVANOV", NameType.Primary, null, "Ivan Ivanovich", "IVANOV"),
                new EntityName("ALIAS FIRST", NameType.StrongAlias, null, null, "ALIAS FIRST"),
                new EntityName("IVANOFF", NameType.StrongAlias, null, null, "IVANOFF"),
                new EntityName("VANYA", NameType.WeakAlias, null, null, "VANYA"),
                new EntityName("Иван Иванович Иванов", NameType.OriginalScript, "Russian"),
            ],
            e.Names);
        Assert.Equal("Dr", e.Title);
        Assert.Equal([new BirthDate(1960, 3)], e.BirthDates);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Website, "www.example.ru", Label: "Website"),
                new Identifier(IdentifierType.Email, "ivanov@example.ru", Label: "Email address"),
                new Identifier(IdentifierType.Registration, "1027700132195", Label: "Business registration number"),
            ],
            e.Identifiers);
        Assert.Equal(
            "Position: Director. Type of entity: Joint stock company. Parent company: Parent JSC. Subsidiaries: Daughter LLC; Son LLC. "
            + "Phone number: +7 495 000 00 00.",
            e.Remarks);
    }

    [Fact]
    public void Parse_UnknownTypeAndNameTypeAndNoPrimary_AreReadWithWarnings()
    {
        using var temp = new TempFolder();
        var path = temp.Write(
            "UK-Sanctions-List.xml",
            "<Designations><Designation><UniqueID>TST0002</UniqueID><IndividualEntityShip>Aircraft</IndividualEntityShip>"
            + "<Names><Name><Name6>ONLY</Name6><NameType>Nickname</NameType></Name></Names>"
            + "<IndividualDetails><Individual><DOBs><DOB>about 1970</DOB></DOBs></Individual></IndividualDetails></Designation>"
            + "<Designation><Names><Name><Name6>NO ID</Name6><NameType>Primary Name</NameType></Name></Names></Designation></Designations>");

        var list = Format.Parse(path);

        var e = Assert.Single(list.Entities);
        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal([new EntityName("ONLY", NameType.Primary, null, null, "ONLY")], e.Names);
        Assert.Empty(e.BirthDates);
        Assert.Null(list.PublishedAt);
        Assert.Equal(
            [
                "uk:TST0002: type 'Aircraft' not known, read as an entity",
                "uk:TST0002: name type 'Nickname' not known, read as an alias",
                "uk:TST0002: DOB 'about 1970' not understood",
                "uk:TST0002: no primary name; 'ONLY' is taken as the primary",
                "Designation 2: no UniqueID, skipped",
            ],
            list.Warnings);
    }

    [Fact]
    public void Detect_Excerpt_PicksFcdoXml() => Assert.Equal("uk-fcdo-xml", ListReader.Detect(Excerpt).Name);

    [Fact]
    public void CanRead_OtherLists_IsFalse()
    {
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz")));
        Assert.False(Format.CanRead(Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz")));
        Assert.False(Format.CanRead(TestFiles.Get("Uk", "UK-Sanctions-List-excerpt.csv")));
        Assert.False(Format.CanRead(TestFiles.Get("Xml", "html-error.html")));
    }
}
