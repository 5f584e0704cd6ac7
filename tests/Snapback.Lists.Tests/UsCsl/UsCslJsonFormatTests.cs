using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.UsCsl;

namespace Snapback.Lists.Tests.UsCsl;

public sealed class UsCslJsonFormatTests : IDisposable
{
    private static readonly UsCslJsonFormat Format = new();
    private static readonly string Excerpt = TestFiles.Get("UsCsl", "consolidated-excerpt.json");
    private static readonly string CsvExcerpt = TestFiles.Get("UsCsl", "consolidated-excerpt.csv");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Parse_Excerpt_TheSameEntriesAsTheCsvSaveTheAddressParts()
    {
        Assert.Equal(ListReader.Detect(Excerpt).Name, Format.Name);
        var json = Format.Parse(Excerpt);
        var csv = new UsCslCsvFormat().Parse(CsvExcerpt);
        var jsonEntities = json.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var csvEntities = csv.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(UsCslSource.Id, json.Source);
        Assert.Equal("us-csl-json", json.Format);
        Assert.Equal(7, jsonEntities.Count);
        Assert.Equal(csvEntities.Select(e => e.Id), jsonEntities.Select(e => e.Id));
        Assert.Equal(
            csvEntities.Select(e => EntityJson.Canonical(e with { Addresses = [] })),
            jsonEntities.Select(e => EntityJson.Canonical(e with { Addresses = [] })));
        Assert.Equal(
            csvEntities.Select(e => string.Join(";", e.Addresses.Select(a => a.CountryCode))),
            jsonEntities.Select(e => string.Join(";", ListReader.Read(Excerpt).Entities.Single(x => x.Id == e.Id).Addresses.Select(a => a.CountryCode))));
        Assert.Equal(["1 rows of Specially Designated Nationals (SDN) - Treasury Department not taken: Snapback reads that list from OFAC's own files"], json.Warnings);
    }

    [Fact]
    public void Parse_Excerpt_AddressesAsTheirPartsAndTheDateOfTheNewestSource()
    {
        var list = ListReader.Read(Excerpt);
        var el = list.Entities.Single(e => e.Source == UsCslSource.EntityList);

        Assert.Equal(new DateTimeOffset(2022, 5, 6, 9, 30, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal([new Address("19 Luysi Chalovskoy St.", "Borisov, 222512", "BY", "BY")], el.Addresses);
        Assert.Equal(new DateOnly(2056, 6, 29), list.Entities.Single(e => e.PrimaryName == "I. ASH").InForceUntil);
    }

    [Fact]
    public void Parse_BareArrayWithIdsAndVesselFields_Reads()
    {
        var path = _folder.Write("consolidated.json", """
            [{"id": "x1", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Example Shipping LLC",
              "alt_names": "Example Ship; Ex Shipping", "type": "Vessel", "call_sign": "9HA1234", "vessel_flag": "Malta",
              "vessel_type": "Tanker", "gross_tonnage": "5000", "vessel_owner": "Owner Co",
              "ids": [{"type": "IMO", "number": "9123456", "country": null}, {"type": "Passport", "number": "", "country": "IR"}],
              "programs": ["EAR"], "dates_of_birth": ["circa 1955", "1958 to 1960", "1961-02"], "source_list_url": "http://x"}]
            """);

        var e = Assert.Single(Format.Parse(path).Entities);

        Assert.Equal(("us-csl:el:x1", EntityKind.Vessel), (e.Id, e.Kind));
        Assert.Equal(["Example Shipping LLC", "Example Ship", "Ex Shipping"], e.Names.Select(n => n.Full));
        Assert.Equal(new VesselDetails("Malta", "Tanker", "5000", null, "Owner Co"), e.Vessel);
        Assert.Equal(
            [new Identifier(IdentifierType.Imo, "9123456", null, "IMO"), new Identifier(IdentifierType.CallSign, "9HA1234", Label: "Call Sign")],
            e.Identifiers);
        Assert.Equal([new BirthDate(1955, Circa: true), new BirthDate(1958, ToYear: 1960), new BirthDate(1961, 2)], e.BirthDates);
    }

    [Fact]
    public void Parse_EntityNumber_IsTheIdWhereTheRowHasOne()
    {
        var path = _folder.Write("consolidated.json", """
            {"results": [{"id": "5bd0f2", "entity_number": 36216, "source": "Nonproliferation Sanctions (ISN) - State Department",
              "name": "Example Institute", "alt_names": null}]}
            """);

        Assert.Equal("us-csl:isn:36216", Assert.Single(Format.Parse(path).Entities).Id);
    }
}
