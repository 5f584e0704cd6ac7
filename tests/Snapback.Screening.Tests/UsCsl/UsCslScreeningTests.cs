using Microsoft.Extensions.Time.Testing;
using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Lists.UsCsl;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.UsCsl;

/// <summary>Screening against the real CSL of about 2022-05-06, imported as <c>snapback lists import</c> imports it.</summary>
public sealed class UsCslScreeningTests : StoreTest
{
    private static readonly string Real = RepoPaths.Shared("us-csl", "csl-2022-05", "consolidated.csv.gz");
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Screen_EntityListNameAndAlias_FindTheEntryWithItsListAndExplanation()
    {
        var screening = await ScreeningAsync(null);

        var byName = screening.Screen(new PartyRequest(null, "140 Repair Plant JSC")).Hits[0];
        var byAlias = screening.Screen(new PartyRequest(null, "Beihang University")).Hits[0];

        Assert.Equal("us-csl:el:4398d33e9e93c7477af39f1e0bfffc13ddd47bcc", byName.EntityId);
        Assert.Equal(["BIS Entity List"], byName.Lists);
        Assert.Equal((NameType.Primary, "140 Repair Plant JSC"), (byName.Explanation.NameType, byName.Explanation.ListedName));
        Assert.NotEmpty(byName.Explanation.Tokens);
        Assert.StartsWith("us-csl:el:c473e2622f", byAlias.EntityId, StringComparison.Ordinal);
        Assert.Equal(["BIS Entity List"], byAlias.Lists);
        Assert.Equal((NameType.StrongAlias, "Beihang University"), (byAlias.Explanation.NameType, byAlias.Explanation.ListedName));
        Assert.NotEmpty(byAlias.Explanation.Tokens);
        Assert.False(string.IsNullOrWhiteSpace(byAlias.Explanation.Summary));

        var alias = screening.Screen(new PartyRequest(null, "Beijing Tianjiao Aviation Industry Investment Company")).Hits[0];
        Assert.Equal(["BIS Military End-User List"], alias.Lists);
        Assert.Equal(NameType.StrongAlias, alias.Explanation.NameType);
    }

    [Fact]
    public async Task Screen_DeniedPersonByName_FindsTheDenialInForce()
    {
        var screening = await ScreeningAsync(null);

        var hit = screening.Screen(new PartyRequest(null, "Abdiel Padron Madrid", Kind: "person")).Hits[0];

        Assert.Equal("us-csl:dpl:0dbd98f1969cb28bbe39669ea97c5ca9d0cac0f4", hit.EntityId);
        Assert.Equal(["BIS Denied Persons List"], hit.Lists);
        Assert.Equal("person", hit.Kind);
        Assert.Equal("ABDIEL PADRON MADRID", hit.Explanation.ListedName);
        Assert.Equal(3, hit.Explanation.Tokens.Length);
    }

    [Fact]
    public async Task Screen_DenialPastItsEndDate_IsFoundOnlyUpToThatDate()
    {
        var during = await ScreeningAsync(new DateTimeOffset(2023, 10, 3, 12, 0, 0, TimeSpan.Zero));
        var after = await ScreeningAsync(new DateTimeOffset(2023, 10, 4, 0, 0, 0, TimeSpan.Zero));
        var now = await ScreeningAsync(null);
        const string mahdi = "us-csl:dpl:736ec9a88b0c497eea5fdce0c28e419d8a9f5d80";

        Assert.Contains(during.Screen(new PartyRequest(null, "Abdulamir Mahdi")).Hits, h => h.EntityId == mahdi);
        Assert.DoesNotContain(after.Screen(new PartyRequest(null, "Abdulamir Mahdi")).Hits, h => h.EntityId == mahdi);
        Assert.DoesNotContain(now.Screen(new PartyRequest(null, "Abdulamir Mahdi")).Hits, h => h.EntityId == mahdi);
        Assert.Contains(now.Screen(new PartyRequest(null, "Abdiel Padron Madrid")).Hits, h => h.EntityId == "us-csl:dpl:0dbd98f1969cb28bbe39669ea97c5ca9d0cac0f4");
        // Counted in the raw file: 96 of the 3,625 entries taken have an end_date before 2023-10-03, 276 before 2026-12-01.
        Assert.Equal(3_625 - 96, during.Current!.Index.EntityCount);
        Assert.Equal(3_625 - 276, now.Current!.Index.EntityCount);
    }

    private async Task<ScreeningService> ScreeningAsync(DateTimeOffset? asOf)
    {
        if ((await Store.LatestSnapshotAsync(UsCslSource.Id, Ct)) is null)
        {
            var importer = new ListFileImporter(new ListImporter(Store, TimeProvider.System));
            // The CSV carries no date; the file name gives it, as in the bundled copy.
            var file = Path.Combine(Database.Folder, "consolidated-2022-05-06.csv.gz");
            File.Copy(Real, file);
            var result = Assert.Single(await importer.ImportAsync([file], confirm: false, Ct));
            Assert.Equal(ImportStatus.Imported, result.Import?.Status);
            Assert.Equal(ListSources.Title(UsCslSource.Id), ListSources.Title(result.Import!.Snapshot!.Source));
        }

        var service = new ScreeningService();
        service.Swap(await ListLoader.LoadAsync(Store, asOf, new FakeTimeProvider(Now), Ct));
        return service;
    }
}
