using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.UsCsl;
using Snapback.Tests;

namespace Snapback.Lists.Tests.UsCsl;

public sealed class UsCslCsvFormatTests
{
    private static readonly UsCslCsvFormat Format = new();
    private static readonly string Real = RepoPaths.Shared("us-csl", "csl-2022-05", "consolidated.csv.gz");
    private static readonly string Excerpt = TestFiles.Get("UsCsl", "consolidated-excerpt.csv");

    private static readonly Dictionary<string, string> Taken = new(StringComparer.Ordinal)
    {
        ["Entity List (EL) - Bureau of Industry and Security"] = UsCslSource.EntityList,
        ["Denied Persons List (DPL) - Bureau of Industry and Security"] = UsCslSource.DeniedPersons,
        ["Unverified List (UVL) - Bureau of Industry and Security"] = UsCslSource.Unverified,
        ["Military End User (MEU) List - Bureau of Industry and Security"] = UsCslSource.MilitaryEndUser,
        ["Nonproliferation Sanctions (ISN) - State Department"] = UsCslSource.Nonproliferation,
        ["ITAR Debarred (DTC) - State Department"] = UsCslSource.ItarDebarred,
    };

    [Fact]
    public void Parse_RealFile_CountsBySourceListAsTheRawFileHasThem()
    {
        var raw = RawCsl.CountBySource(Real);

        Assert.Equal(ListReader.Detect(Real).Name, Format.Name);
        var list = ListReader.Read(Real);

        Assert.Equal(UsCslSource.Id, list.Source);
        Assert.Equal(14_160, raw.Values.Sum());
        Assert.Equal(13, raw.Count);
        var expected = Taken.ToDictionary(t => t.Value, t => raw[t.Key], StringComparer.Ordinal);
        var actual = list.Entities.GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(3_625, list.Entities.Length);
        Assert.All(list.Entities, e => Assert.StartsWith("us-csl:", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RealFile_TreasuryCopiesAreCountedInWarningsNotTaken()
    {
        var raw = RawCsl.CountBySource(Real);

        var list = Format.Parse(Real);

        foreach (var (source, count) in raw.Where(r => !Taken.ContainsKey(r.Key)))
        {
            Assert.Contains($"{count} rows of {source} not taken: Snapback reads that list from OFAC's own files", list.Warnings);
        }

        Assert.Equal(7, list.Warnings.Count(w => w.Contains("OFAC's own files", StringComparison.Ordinal)));
        Assert.DoesNotContain(list.Entities, e => e.Names.Any(n => n.Full == "'ABBAS, Rim"));
    }

    [Fact]
    public void Parse_EntityList_EntryFieldByField()
    {
        var e = Format.Parse(Excerpt).Entities.Single(x => x.Source == UsCslSource.EntityList);

        Assert.Equal("us-csl:el:4398d33e9e93c7477af39f1e0bfffc13ddd47bcc", e.Id);
        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal(
            [
                new EntityName("140 Repair Plant JSC", NameType.Primary),
                new EntityName("Open Joint Stock Company 140 Repair Plant", NameType.StrongAlias),
                new EntityName("JSC 140 Repair Plant", NameType.StrongAlias),
            ],
            e.Names);
        Assert.Equal([new Address("19 Luysi Chalovskoy St., Borisov, 222512", null, "BY", "BY")], e.Addresses);
        Assert.Equal(new DateOnly(2022, 4, 7), e.ListedOn);
        Assert.Null(e.InForceUntil);
        Assert.Equal(
            "Federal Register notice: 87 FR 20299. License requirement: For all items subject to the EAR. "
            + "(See §§734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR.) License policy: Policy of denial.",
            e.Remarks);
        Assert.Empty(e.Programs);
        Assert.Empty(e.Identifiers);
    }

    [Fact]
    public void Parse_DeniedPersons_EntriesFieldByFieldWithTheirEndDates()
    {
        var dpl = Format.Parse(Excerpt).Entities.Where(x => x.Source == UsCslSource.DeniedPersons).ToList();

        var ash = dpl.Single(x => x.Id == "us-csl:dpl:deb7a1d5743a85c354ca1a2c7f2664e2104b32d7");
        Assert.Equal(EntityKind.Person, ash.Kind);
        Assert.Equal([new EntityName("I. ASH", NameType.Primary)], ash.Names);
        Assert.Equal(
            [new Address("UPON THE DATE OF THE ORDER INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE, 2113 NORTH HIGHWAY 175, SEAGOVILLE, TX, 75159", null, "US", "US")],
            ash.Addresses);
        Assert.Equal(new DateOnly(2003, 6, 19), ash.ListedOn);
        Assert.Equal(new DateOnly(2056, 6, 29), ash.InForceUntil);
        Assert.Equal(
            "Federal Register notice: 68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06 72 F.R. 4236 1/30/07. Standard order: Y. "
            + "Remarks: FEDERAL REGISTER NOTICE UPDATED.",
            ash.Remarks);

        var mahdi = dpl.Single(x => x.PrimaryName == "ABDULAMIR MAHDI");
        Assert.Equal(new DateOnly(2023, 10, 3), mahdi.InForceUntil);
        Assert.True(mahdi.InForceOn(new DateOnly(2023, 10, 3)));
        Assert.False(mahdi.InForceOn(new DateOnly(2023, 10, 4)));
        Assert.Equal([new Address("20 HUNTINGWOOD DRIVE, SCARBOROUGH, ONTARIO, M1W1A2", null, "CA", "CA")], mahdi.Addresses);
    }

    [Fact]
    public void Parse_UnverifiedMilitaryEndUserIsnAndDtc_EntriesFieldByField()
    {
        var entities = Format.Parse(Excerpt).Entities;

        var uvl = entities.Single(x => x.Source == UsCslSource.Unverified);
        Assert.Equal(("us-csl:uvl:1ef5e3e12d352fe44c823c7af18d382680c493e0", EntityKind.Organization, "AECC South Industry Co. Ltd"), (uvl.Id, uvl.Kind, uvl.PrimaryName));
        Assert.Equal([new Address("Dongjiaduan, Lusong District, Zhuzhou, Hunan Province, China", null, "CN", "CN")], uvl.Addresses);
        Assert.Null(uvl.Remarks);
        Assert.Null(uvl.ListedOn);

        var meu = entities.Single(x => x.Source == UsCslSource.MilitaryEndUser);
        Assert.Equal("Beijing Skyrizon Aviation Industry Investment Co., Ltd.", meu.PrimaryName);
        Assert.Equal(new EntityName("Beijing Tianjiao Aviation Industry Investment Company", NameType.StrongAlias), meu.Names[1]);
        Assert.Equal(new DateOnly(2021, 1, 14), meu.ListedOn);
        Assert.StartsWith("Federal Register notice: 86 FR 4864. License requirement: For any item subject to the EAR listed in supplement no. 2 to part 744.", meu.Remarks, StringComparison.Ordinal);

        var isn = entities.Single(x => x.Source == UsCslSource.Nonproliferation);
        Assert.Equal(("us-csl:isn:27e75decc439f968c69d9db52795021855403dbc", EntityKind.Organization), (isn.Id, isn.Kind));
        Assert.Equal(["33rd Scientific Research and Testing Institute", "33rd TsNIII"], isn.Names.Select(n => n.Full));
        Assert.Equal(["E.O. 13382"], isn.Programs);
        Assert.Equal("Federal Register notice: Vol. 86, No. 71, 04/15/2021.", isn.Remarks);
        Assert.Equal(new DateOnly(2021, 3, 2), isn.ListedOn);

        var dtc = entities.Single(x => x.Source == UsCslSource.ItarDebarred);
        Assert.Equal(EntityKind.Person, dtc.Kind);
        Assert.Equal([new EntityName("Ahmad Nahardani", NameType.Primary), new EntityName("Alex Nahardani", NameType.StrongAlias)], dtc.Names);
        Assert.Equal("Federal Register notice: 70 FR 46258.", dtc.Remarks);
        Assert.Empty(dtc.Addresses);
    }

    [Fact]
    public void Parse_SamePublicationTwice_SameIds()
    {
        Assert.Equal(Format.Parse(Excerpt).Entities.Select(EntityJson.Canonical), Format.Parse(Excerpt).Entities.Select(EntityJson.Canonical));
        Assert.Equal(7, Format.Parse(Excerpt).Entities.Length);
    }

    [Fact]
    public void Titles_EachListHasItsOwnSourceAndTitle()
    {
        Assert.Contains(UsCslSource.Id, ListSources.All);
        Assert.Equal([UsCslSource.Id], ListSources.ForEntityId("us-csl:dpl:deb7a1d5743a85c354ca1a2c7f2664e2104b32d7"));
        Assert.Equal("BIS Entity List", ListSources.Title(UsCslSource.EntityList));
        Assert.Equal("BIS Denied Persons List", ListSources.Title(UsCslSource.DeniedPersons));
        Assert.True(ListSources.Holds(UsCslSource.Id, UsCslSource.ItarDebarred));
        Assert.False(ListSources.Holds(UsCslSource.Id, ListSources.OfacSdn));
        Assert.False(ListSources.Holds(ListSources.Un, UsCslSource.EntityList));
    }
}
