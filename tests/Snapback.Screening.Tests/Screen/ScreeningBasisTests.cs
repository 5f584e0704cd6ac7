using Microsoft.Extensions.Time.Testing;
using Snapback.Lists.Formats;
using Snapback.Matching;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Screen;

/// <summary>Every result names what it was computed against: the snapshots in force, the threshold and the matcher.</summary>
public sealed class ScreeningBasisTests : StoreTest
{
    private static readonly string Before = RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
    private static readonly string After = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");

    [Fact]
    public async Task Screen_AsOfADate_NamesTheSnapshotInForceThenTheThresholdAndTheMatcher()
    {
        var clock = new FakeTimeProvider(Some.Date(2026, 11, 1));
        var importer = new ListImporter(Store, clock);
        var first = await importer.ImportAsync(ListReader.Read(Before), ListReader.Sha256(Before), "before.xml", false, Ct);
        var second = await importer.ImportAsync(ListReader.Read(After), ListReader.Sha256(After), "after.xml", false, Ct);
        var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var service = new ScreeningService();
        service.Swap(await ListLoader.LoadAsync(Store, asOf, clock, Ct));
        var result = service.Screen(new PartyRequest("c-1", "Anyone At All"), threshold: 0.85);

        var basis = Assert.IsType<ScreeningBasis>(result.Basis);
        var un = Assert.Single(basis.Lists);
        Assert.Equal(first.Snapshot!.Id, un.Snapshot);
        Assert.NotEqual(second.Snapshot!.Id, un.Snapshot);
        Assert.Equal("un", un.Source);
        Assert.Equal(ListReader.Sha256(Before), un.Sha256);
        Assert.Equal(new DateOnly(2025, 4, 19), DateOnly.FromDateTime(un.PublishedAt!.Value.UtcDateTime));
        Assert.Equal(0.85, basis.Threshold);
        Assert.Equal(MatcherVersion.Current, basis.Matcher);
        Assert.StartsWith(MatcherVersion.Release + "+", basis.Matcher, StringComparison.Ordinal);
        Assert.Equal(asOf, basis.AsOf);
        Assert.Equal($"un#{first.Snapshot.Id}@2025-04-19", basis.ListsText);
    }

    [Fact]
    public void Screen_BadInput_HasNoBasis() =>
        Assert.Null(RealLists.Service().Screen(new PartyRequest("x", " ")).Basis);
}
