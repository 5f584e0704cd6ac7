using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

public sealed class ListStoreExtensionsTests : StoreTest
{
    [Fact]
    public async Task FindEntity_AsOfDate_ReturnsTheVersionInForceInEachList()
    {
        var old = await SaveAsync(ListSources.OfacSdn, "1", Some.Date(2025, 1, 1), Some.Person("ofac:1", "OLD NAME", ListSources.OfacSdn));
        var renamed = await SaveAsync(ListSources.OfacSdn, "2", Some.Date(2025, 6, 1), Some.Person("ofac:1", "NEW NAME", ListSources.OfacSdn));
        var cons = await SaveAsync(ListSources.OfacConsolidated, "3", Some.Date(2025, 2, 1), Some.Person("ofac:1", "CONS NAME", ListSources.OfacConsolidated));
        await SaveAsync(ListSources.Un, "4", Some.Date(2025, 2, 1), Some.Person("un:1", "OTHER"));

        var march = await Store.FindEntityAsync("ofac:1", Some.Date(2025, 3, 1), Ct);
        var latest = await Store.FindEntityAsync("ofac:1", null, Ct);

        Assert.Equal([(old, "OLD NAME"), (cons, "CONS NAME")], march.Select(f => (f.Snapshot.Id, f.Entity.PrimaryName)));
        Assert.Equal([(renamed, "NEW NAME"), (cons, "CONS NAME")], latest.Select(f => (f.Snapshot.Id, f.Entity.PrimaryName)));
        Assert.Empty(await Store.FindEntityAsync("ofac:1", Some.Date(2024, 12, 31), Ct));
    }

    [Fact]
    public async Task SnapshotsInForce_AsOfDate_OnePerSourceThatHadOne()
    {
        await SaveAsync(ListSources.Un, "1", Some.Date(2025, 1, 1), Some.Person("un:1", "A"));
        var un = await SaveAsync(ListSources.Un, "2", Some.Date(2025, 3, 1), Some.Person("un:1", "B"));
        await SaveAsync(ListSources.Eu, "3", Some.Date(2025, 5, 1), Some.Person("eu:1", "C", ListSources.Eu));

        var inForce = await Store.SnapshotsInForceAsync(Some.Date(2025, 4, 1), Ct);

        Assert.Equal([un], inForce.Select(s => s.Id));
    }

    private async Task<long> SaveAsync(string source, string sha, DateTimeOffset published, params ListedEntity[] entities) =>
        (await Store.SaveSnapshotAsync(new SnapshotDraft(source, "test", published, published, Some.Sha(sha), null, [.. entities]), Ct)).Id;
}
