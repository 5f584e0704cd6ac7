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

    private async Task<long> SaveAsync(string source, string sha, DateTimeOffset published, params ListedEntity[] entities) =>
        (await Store.SaveSnapshotAsync(new SnapshotDraft(source, "test", published, published, Some.Sha(sha), null, [.. entities]), Ct)).Id;
}
