using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

public sealed class ListStoreExtensionsTests : StoreTest
{
    [Fact]
    public async Task SnapshotsInForce_AsOfDate_OnePerSourceThatHadOne()
    {
        await SaveAsync(ListSources.Un, "1", Some.Date(2025, 1, 1), Some.Person("un:1", "A"));
        var un = await SaveAsync(ListSources.Un, "2", Some.Date(2025, 3, 1), Some.Person("un:1", "B"));
        await SaveAsync(ListSources.Eu, "3", Some.Date(2025, 5, 1), Some.Person("eu:1", "C", ListSources.Eu));

        var inForce = await Store.SnapshotsInForceAsync(Some.Date(2025, 4, 1), Ct);

        Assert.Equal([un], inForce.Select(s => s.Id));
    }

    [Fact]
    public async Task SnapshotsInForce_NoDate_LatestOfEverySource()
    {
        await SaveAsync(ListSources.Un, "1", Some.Date(2025, 1, 1), Some.Person("un:1", "A"));
        var un = await SaveAsync(ListSources.Un, "2", Some.Date(2025, 3, 1), Some.Person("un:1", "B"));
        var eu = await SaveAsync(ListSources.Eu, "3", Some.Date(2025, 5, 1), Some.Person("eu:1", "C", ListSources.Eu));

        var inForce = await Store.SnapshotsInForceAsync(null, Ct);

        Assert.Equal([un, eu], inForce.Select(s => s.Id));
    }

    [Fact]
    public async Task SnapshotsInForce_BeforeTheFirstFcdoSnapshot_KeepsTheConList()
    {
        var ofsi = await SaveAsync(ListSources.UkOfsi, "1", Some.Date(2025, 4, 14), Some.Person("uk:7172", "A", ListSources.UkOfsi));
        await SaveAsync(ListSources.UkFcdo, "2", Some.Date(2025, 8, 11), Fcdo("uk:AFG0006", "7172"));

        var inForce = await Store.SnapshotsInForceAsync(Some.Date(2025, 8, 10), Ct);

        Assert.Equal([ofsi], inForce.Select(s => s.Id));
        Assert.Null(await Store.SupersedingSnapshotAsync(ListSources.UkOfsi, Some.Date(2025, 8, 10), Ct));
        Assert.Equal(ofsi, (await Store.SnapshotInForceAsync(ListSources.UkOfsi, Some.Date(2025, 8, 10), Ct))?.Id);
    }

    [Theory]
    [InlineData("2025-08-11")]
    [InlineData("2026-01-01")]
    [InlineData(null)]
    public async Task SnapshotsInForce_FromTheFirstFcdoSnapshot_LeavesEveryConListOut(string? asOfText)
    {
        DateTimeOffset? asOf = asOfText is null ? null : DateTimeOffset.Parse(asOfText + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var un = await SaveAsync(ListSources.Un, "0", Some.Date(2025, 1, 1), Some.Person("un:1", "U"));
        await SaveAsync(ListSources.UkOfsi, "1", Some.Date(2025, 4, 14), Some.Person("uk:7172", "A", ListSources.UkOfsi));
        var fcdo = await SaveAsync(ListSources.UkFcdo, "2", Some.Date(2025, 8, 11), Fcdo("uk:AFG0006", "7172"));
        // A ConList published after the FCDO list took over is superseded all the same.
        await SaveAsync(ListSources.UkOfsi, "3", Some.Date(2025, 9, 1), Some.Person("uk:7172", "B", ListSources.UkOfsi));

        var inForce = await Store.SnapshotsInForceAsync(asOf, Ct);

        Assert.Equal([un, fcdo], inForce.Select(s => s.Id));
        Assert.Equal(fcdo, (await Store.SupersedingSnapshotAsync(ListSources.UkOfsi, asOf, Ct))?.Id);
        Assert.Null(await Store.SnapshotInForceAsync(ListSources.UkOfsi, asOf, Ct));
        Assert.Equal(fcdo, (await Store.SnapshotInForceAsync(ListSources.UkFcdo, asOf, Ct))?.Id);
        Assert.Null(await Store.SupersedingSnapshotAsync(ListSources.UkFcdo, asOf, Ct));
    }

    private static ListedEntity Fcdo(string id, string group) => Some.Person(id, "A", ListSources.UkFcdo) with { OfsiGroupId = group };

    private async Task<long> SaveAsync(string source, string sha, DateTimeOffset published, params ListedEntity[] entities) =>
        (await Store.SaveSnapshotAsync(new SnapshotDraft(source, "test", published, published, Some.Sha(sha), null, [.. entities]), Ct)).Id;
}
