using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Ofac;

public sealed class OfacCsvFormatTests
{
    public static TheoryData<string> SdnSets => ["sdn-2019-01", "sdn-2021-07", "sdn-2023-12-28"];

    public static TheoryData<string> SdnOnly =>
        ["sdn-2022-02-23-sdn-only", "sdn-2022-02-28-sdn-only", "sdn-2024-05-02-sdn-only", "sdn-2024-05-03-sdn-only"];

    [Theory]
    [MemberData(nameof(SdnSets))]
    [MemberData(nameof(SdnOnly))]
    public void Parse_SdnFolder_CountsKindsAsTheFile(string folder)
    {
        var path = RepoPaths.Shared("ofac", folder);

        var list = ListReader.Read(path);

        Assert.Equal("ofac-csv", list.Format);
        Assert.Equal(ListSources.OfacSdn, list.Source);
        AssertKinds(RawOfacCsv.CountTypes(Path.Combine(path, "sdn.csv")), list);
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void Parse_BundledCompressedSet_EqualsTheUncompressedSet()
    {
        var bundled = ListReader.Read(Path.Combine(RepoPaths.Bundled, "ofac-sdn-2023-12-28"));
        var shared = ListReader.Read(RepoPaths.Shared("ofac", "sdn-2023-12-28"));

        AssertKinds(RawOfacCsv.CountTypes(Path.Combine(RepoPaths.Bundled, "ofac-sdn-2023-12-28", "sdn.csv.gz")), bundled);
        Assert.Equal(shared.Entities.Length, bundled.Entities.Length);
        Assert.True(shared.Entities.Zip(bundled.Entities).All(p => Same(p.First, p.Second)));
    }

    [Fact]
    public void Parse_PathToSdnCsv_ReadsItsSiblings()
    {
        var folder = RepoPaths.Shared("ofac", "sdn-2021-07");

        var fromFile = ListReader.Read(Path.Combine(folder, "sdn.csv"));
        var fromFolder = ListReader.Read(folder);

        Assert.Equal(fromFolder.Entities.Length, fromFile.Entities.Length);
        Assert.Equal(
            fromFolder.Entities.Sum(e => e.Addresses.Length + e.Names.Length),
            fromFile.Entities.Sum(e => e.Addresses.Length + e.Names.Length));
    }

    [Fact]
    public void Parse_ConsolidatedCsvSet_IsTheNonSdnList()
    {
        var folder = RepoPaths.Shared("ofac", "non-sdn-consolidated");

        var list = ListReader.Read(folder);

        Assert.Equal(ListSources.OfacConsolidated, list.Source);
        AssertKinds(RawOfacCsv.CountTypes(Path.Combine(folder, "cons_prim.csv")), list);
        AssertAliasesAndAddresses(list, Path.Combine(folder, "cons_alt.csv"), Path.Combine(folder, "cons_add.csv"));
        Assert.Equal(ListSources.OfacConsolidated, ListReader.Read(Path.Combine(folder, "cons_prim.csv")).Source);
    }

    [Theory]
    [MemberData(nameof(SdnSets))]
    public void Parse_SdnSet_KeepsEveryAliasAndAddressRow(string folder)
    {
        var path = RepoPaths.Shared("ofac", folder);

        AssertAliasesAndAddresses(ListReader.Read(path), Path.Combine(path, "alt.csv"), Path.Combine(path, "add.csv"));
    }

    [Fact]
    public void Parse_PersonWithRemarks_ReadsDobPobNationalityAndDocuments()
    {
        // 6939,"AL-AHDAL, Mohammad Hamdi Mohammad Sadiq","individual","SDGT",…,"DOB 19 Nov 1971; POB Medina, Saudi Arabia;
        // nationality Yemen; Gender Male; Passport 541939 (Yemen) issued 31 Jul 2000; National ID No. 216040 (Yemen);
        // a.k.a. 'AL-MAKKI, Abu Asim'."
        var entity = Entity(RepoPaths.Shared("ofac", "sdn-2023-12-28"), "ofac:6939");

        Assert.Equal(EntityKind.Person, entity.Kind);
        Assert.Equal(ListSources.OfacSdn, entity.Source);
        Assert.Equal(
            new EntityName("AL-AHDAL, Mohammad Hamdi Mohammad Sadiq", NameType.Primary, Given: "Mohammad Hamdi Mohammad Sadiq", Family: "AL-AHDAL"),
            entity.Names[0]);
        Assert.Equal(["SDGT"], entity.Programs);
        Assert.Equal([new BirthDate(1971, 11, 19)], entity.BirthDates);
        Assert.Equal(["Medina, Saudi Arabia"], entity.PlacesOfBirth);
        Assert.Equal(["YE"], entity.Nationalities);
        Assert.Equal("Male", entity.Gender);
        Assert.Contains(new Identifier(IdentifierType.Passport, "541939", "Yemen", "Passport"), entity.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.NationalId, "216040", "Yemen", "National ID No."), entity.Identifiers);
        Assert.Contains(entity.Names, n => n is { Full: "AL-MAKKI, Abu Asim", Type: NameType.WeakAlias, Family: "AL-MAKKI" });
        Assert.Contains(entity.Names, n => n is { Full: "AL-HAMATI, Muhammad", Type: NameType.StrongAlias });
        Assert.Equal(4 + 1, entity.Names.Length);
        Assert.Equal([new Address("Jamal street, Al-Dahima alley", "Al-Hudaydah", "Yemen", "YE")], entity.Addresses);
        Assert.Null(entity.Remarks);
    }

    [Fact]
    public void Parse_Vessel_ReadsImoMmsiFlagAndFormerNames()
    {
        // 15038,"ARGO I","vessel","IRAN",-0- ,"T2EM4","Crude/Oil Products Tanker","99,094","56,068","Iran",-0- ,"Former Vessel Flag Malta; …
        // Vessel Registration Identification IMO 9187667; MMSI 256843000; Linked To: NATIONAL IRANIAN TANKER COMPANY."
        var entity = Entity(RepoPaths.Shared("ofac", "sdn-2023-12-28"), "ofac:15038");

        Assert.Equal(EntityKind.Vessel, entity.Kind);
        Assert.Equal(new VesselDetails("Iran", "Crude/Oil Products Tanker", "99,094", "56,068", null), entity.Vessel);
        Assert.Contains(new Identifier(IdentifierType.Imo, "9187667", null, "Vessel Registration Identification"), entity.Identifiers);
        Assert.Contains(entity.Identifiers, i => i is { Type: IdentifierType.Mmsi, Value: "256843000" });
        Assert.Contains(entity.Identifiers, i => i is { Type: IdentifierType.CallSign, Value: "T2EM4" });
        Assert.Equal(["NATIONAL IRANIAN TANKER COMPANY"], entity.LinkedTo);
        Assert.Equal(
            ["AMOL", "CASTOR", "CHRISTINA", "SILVER CLOUD"],
            entity.Names.Where(n => n.Type == NameType.FormerName).Select(n => n.Full).Order(StringComparer.Ordinal));
        Assert.Contains(entity.Names, n => n is { Full: "ARGO 1", Type: NameType.StrongAlias });
        Assert.Empty(entity.Addresses);
        Assert.Contains("Former Vessel Flag Malta", entity.Remarks, StringComparison.Ordinal);
        Assert.Contains("Additional Sanctions Information - Subject to Secondary Sanctions", entity.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Bank_ReadsSwiftRegistrationTaxWebsiteAndEmail()
    {
        // 16681,"BANK ROSSIYA",-0- ,"UKRAINE-EO13661",…,"SWIFT/BIC ROSYRU2P; Website www.abr.ru; Email Address bank@abr.ru; Secondary sanctions
        // risk: …; Registration ID 1027800000084 (Russia); Tax ID No. 7831000122 (Russia); Government Gazette Number 09804148 (Russia)."
        var entity = Entity(RepoPaths.Shared("ofac", "sdn-2023-12-28"), "ofac:16681");

        Assert.Equal(EntityKind.Organization, entity.Kind);
        Assert.Equal(new EntityName("BANK ROSSIYA", NameType.Primary), entity.Names[0]);
        Assert.Equal(
            [
                new Identifier(IdentifierType.SwiftBic, "ROSYRU2P", null, "SWIFT/BIC"),
                new Identifier(IdentifierType.Website, "www.abr.ru", null, "Website"),
                new Identifier(IdentifierType.Email, "bank@abr.ru", null, "Email Address"),
                new Identifier(IdentifierType.Registration, "1027800000084", "Russia", "Registration ID"),
                new Identifier(IdentifierType.TaxId, "7831000122", "Russia", "Tax ID No."),
                new Identifier(IdentifierType.Registration, "09804148", "Russia", "Government Gazette Number"),
            ],
            entity.Identifiers);
        Assert.StartsWith("Secondary sanctions risk: Ukraine-/Russia-Related", entity.Remarks, StringComparison.Ordinal);
        Assert.Contains(entity.Names, n => n is { Full: "AKTSIONERNY BANK RUSSIAN FEDERATION", Type: NameType.FormerName });
        Assert.Equal([new Address("2 Liter A Pl. Rastrelli", "Saint Petersburg 191124", "Russia", "RU")], entity.Addresses);
    }

    [Fact]
    public void Parse_RemarksContinuedInComments_JoinsThemBeforeParsing()
    {
        // sdn_comments.csv: 28263,"hn'; Linked To: LAZARUS GROUP." continues "… a.k.a. 'snowsjo" cut at 1,000 characters in sdn.csv.
        var folder = RepoPaths.Shared("ofac", "sdn-2021-07");
        var entity = Entity(folder, "ofac:28263");

        Assert.Contains(entity.Names, n => n is { Full: "snowsjohn", Type: NameType.WeakAlias });
        Assert.Equal(["LAZARUS GROUP"], entity.LinkedTo);
        Assert.Equal(new EntityName("TIAN, Yinyin", NameType.Primary, Given: "Yinyin", Family: "TIAN"), entity.Names[0]);
        Assert.Contains(new BirthDate(1986, 7, 12), entity.BirthDates);
        Assert.Contains(entity.Identifiers, i => i is { Type: IdentifierType.DigitalCurrencyAddress, Label: "Digital Currency Address - XBT" });

        var withoutComments = Entity(folder, "ofac:28263", without: "sdn_comments.csv");
        Assert.Empty(withoutComments.LinkedTo);
    }

    [Fact]
    public void Parse_LinkedTo_ListsEveryLinkWithoutTheClosingFullStop()
    {
        // 12300 (2019): Remarks is a run of "Linked To: …; " whose last name, "PROMO RAIZ S.A.S.", is split across sdn_comments.csv.
        var folder = RepoPaths.Shared("ofac", "sdn-2019-01");
        var raw = File.ReadAllText(Path.Combine(folder, "sdn.csv")).Split('\n').Single(l => l.StartsWith("12300,", StringComparison.Ordinal))
            + File.ReadAllText(Path.Combine(folder, "sdn_comments.csv")).Split('\n').Single(l => l.StartsWith("12300,", StringComparison.Ordinal));
        var expected = raw.Split("Linked To: ").Length - 1;

        var entity = Entity(folder, "ofac:12300");

        Assert.Equal(expected, entity.LinkedTo.Length);
        Assert.Contains("RED MUNDIAL INMOBILIARIA, S.A. DE C.V.", entity.LinkedTo);
        Assert.Contains("PROMO RAIZ S.A.S.", entity.LinkedTo);
    }

    [Fact]
    public void Parse_CraftedRemarks_ReadsEveryPattern()
    {
        var list = ListReader.Read(TestFiles.Get("Ofac", "remarks"));
        var person = list.Entities.Single(e => e.Id == "ofac:1");
        var vessel = list.Entities.Single(e => e.Id == "ofac:2");

        Assert.Equal(
            [
                new BirthDate(1955, 10, 12),
                new BirthDate(1956),
                new BirthDate(1960, Circa: true),
                new BirthDate(1960, ToYear: 1962),
                new BirthDate(1961, 3),
                new BirthDate(1950, 1, 1, ToYear: 1951),
            ],
            person.BirthDates);
        Assert.Equal(["Tehran, Iran"], person.PlacesOfBirth);
        Assert.Equal(["IR"], person.Nationalities);
        Assert.Equal(["SY"], person.Citizenships);
        Assert.Equal("Female", person.Gender);
        Assert.Equal(["SDGT", "IFSR", "IRGC"], person.Programs);
        Assert.Equal("Dr.", person.Title);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "A1234", "Iran", "Passport"),
                new Identifier(IdentifierType.NationalId, "123", "Syria", "National ID No."),
                new Identifier(IdentifierType.TaxId, "999-1", null, "Tax ID No."),
                new Identifier(IdentifierType.Email, "x@example.org", null, "Email Address"),
                new Identifier(IdentifierType.DigitalCurrencyAddress, "1AbCdEf", null, "Digital Currency Address - XBT"),
            ],
            person.Identifiers);
        Assert.Equal(
            [
                new EntityName("SURNAME, Given Names", NameType.Primary, Given: "Given Names", Family: "SURNAME"),
                new EntityName("ABU X", NameType.WeakAlias, Family: "ABU X"),
                new EntityName("OLD, Name", NameType.FormerName, Given: "Name", Family: "OLD"),
            ],
            person.Names);
        Assert.Equal(["SOME GROUP, LTD."], person.LinkedTo);
        Assert.Equal("Additional Sanctions Information - Subject to Secondary Sanctions; Something unknown", person.Remarks);

        Assert.Equal(EntityKind.Vessel, vessel.Kind);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Imo, "9187629", null, "Vessel Registration Identification"),
                new Identifier(IdentifierType.Mmsi, "123456789", null, "MMSI"),
            ],
            vessel.Identifiers);
    }

    private static ListedEntity Entity(string folder, string id, string? without = null)
    {
        if (without is null)
        {
            return ListReader.Read(folder).Entities.Single(e => e.Id == id);
        }

        using var copy = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != without))
        {
            File.Copy(file, copy.PathOf(Path.GetFileName(file)));
        }

        return ListReader.Read(copy.FullName).Entities.Single(e => e.Id == id);
    }

    private static void AssertKinds(Dictionary<string, int> raw, ParsedList list)
    {
        Assert.Equal(raw.Values.Sum(), list.Entities.Length);
        Assert.Equal(raw.GetValueOrDefault("individual"), list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(raw.GetValueOrDefault("-0-"), list.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(raw.GetValueOrDefault("vessel"), list.Entities.Count(e => e.Kind == EntityKind.Vessel));
        Assert.Equal(raw.GetValueOrDefault("aircraft"), list.Entities.Count(e => e.Kind == EntityKind.Aircraft));
        Assert.Equal(list.Entities.Length, list.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Every alt.csv row is a name of its entity (aka/nka strong, fka former), and every add.csv row with any part given is an address,
    /// counted per entity without duplicates.
    /// </summary>
    private static void AssertAliasesAndAddresses(ParsedList list, string alt, string add)
    {
        var byId = list.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var altLines = RawOfacCsv.Lines(alt);
        foreach (var line in altLines)
        {
            var rest = RawOfacCsv.AfterSecondComma(line);
            var type = rest[1..rest.IndexOf('"', 1)];
            var nameStart = rest.IndexOf(",\"", StringComparison.Ordinal) + 2;
            var name = rest[nameStart..rest.LastIndexOf("\",", StringComparison.Ordinal)];
            var expected = type == "fka" ? NameType.FormerName : NameType.StrongAlias;
            Assert.Contains(byId["ofac:" + RawOfacCsv.EntNum(line)].Names, n => n.Full == name && n.Type == expected);
        }

        // Names from alt.csv plus the f.k.a./n.k.a. quoted in remarks, each counted once per entity.
        var expectedNames = altLines
            .Select(l => (Id: RawOfacCsv.EntNum(l), Fields: RawOfacCsv.AfterSecondComma(l).Replace("\"nka\"", "\"aka\"", StringComparison.Ordinal)))
            .Select(a => (a.Id, Fields: a.Fields[..a.Fields.LastIndexOf(',')]))
            .Distinct()
            .Count();
        var fromRemarks = list.Entities.Sum(e => e.Names.Count(n => n.Type is NameType.FormerName or NameType.StrongAlias))
            - expectedNames;
        Assert.InRange(fromRemarks, 0, CountInPrimary(alt, "f.k.a. '") + CountInPrimary(alt, "n.k.a. '"));

        var addresses = RawOfacCsv.Lines(add)
            .Select(l => (Id: RawOfacCsv.EntNum(l), Fields: RawOfacCsv.AfterSecondComma(l)))
            .Where(a => a.Fields.Replace("-0-", "", StringComparison.Ordinal).Replace("-0", "", StringComparison.Ordinal)
                .Any(c => c is not (',' or ' ' or '"')))
            .Distinct()
            .Count();
        Assert.Equal(addresses, list.Entities.Sum(e => e.Addresses.Length));
    }

    /// <summary>How often <paramref name="text"/> occurs in the primary file beside <paramref name="alt"/>.</summary>
    private static int CountInPrimary(string alt, string text)
    {
        var folder = Path.GetDirectoryName(alt)!;
        var primary = Directory.EnumerateFiles(folder).First(f => Path.GetFileName(f) is "sdn.csv" or "cons_prim.csv");
        return File.ReadAllText(primary).Split(text).Length - 1;
    }

    private static bool Same(ListedEntity a, ListedEntity b) =>
        a.Id == b.Id && a.Names.SequenceEqual(b.Names) && a.Addresses.SequenceEqual(b.Addresses)
        && a.Identifiers.SequenceEqual(b.Identifiers) && a.BirthDates.SequenceEqual(b.BirthDates) && a.Remarks == b.Remarks;
}
