using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

public sealed class SnapshotTimelineTests : StoreTest
{
    [Fact]
    public async Task Before_FirstFcdoSnapshot_IsTheLastConListBeforeIt()
    {
        await SaveAsync(ListSources.UkOfsi, "1", Some.Date(2025, 1, 10));
        var last = await SaveAsync(ListSources.UkOfsi, "2", Some.Date(2025, 4, 14));
        var first = await SaveAsync(ListSources.UkFcdo, "3", Some.Date(2025, 8, 11));
        var later = await SaveAsync(ListSources.UkOfsi, "4", Some.Date(2025, 9, 1));

        var timeline = await SnapshotTimeline.LoadAsync(Store, ListSources.UkFcdo, Ct);

        Assert.Equal(first.Id, timeline.Latest?.Id);
        Assert.Equal(last.Id, timeline.Before(first)?.Id);
        Assert.Equal(last.Id, timeline.InForceAt(Some.Date(2025, 8, 10))?.Id);
        Assert.Equal(first.Id, timeline.InForceAt(Some.Date(2025, 8, 11))?.Id);
        Assert.DoesNotContain(timeline.InForceOrder, s => s.Id == later.Id);
        Assert.Equal(later.Id, timeline.Find(later.Id)?.Id);
    }

    [Fact]
    public async Task Before_SecondFcdoSnapshot_IsTheFirst()
    {
        await SaveAsync(ListSources.UkOfsi, "1", Some.Date(2025, 4, 14));
        var first = await SaveAsync(ListSources.UkFcdo, "2", Some.Date(2025, 8, 11));
        var second = await SaveAsync(ListSources.UkFcdo, "3", Some.Date(2025, 9, 2));

        var timeline = await SnapshotTimeline.LoadAsync(Store, ListSources.UkFcdo, Ct);

        Assert.Equal(second.Id, timeline.Latest?.Id);
        Assert.Equal(first.Id, timeline.Before(second)?.Id);
    }

    [Fact]
    public async Task Load_NoFcdoSnapshotYet_HasNothingToCompare()
    {
        await SaveAsync(ListSources.UkOfsi, "1", Some.Date(2025, 1, 10));
        await SaveAsync(ListSources.UkOfsi, "2", Some.Date(2025, 4, 14));

        var timeline = await SnapshotTimeline.LoadAsync(Store, ListSources.UkFcdo, Ct);

        Assert.Null(timeline.Latest);
        Assert.Empty(timeline.InForceOrder);
    }

    [Fact]
    public async Task Load_ConList_IsItsOwnSnapshotsOnly()
    {
        var first = await SaveAsync(ListSources.UkOfsi, "1", Some.Date(2025, 1, 10));
        var second = await SaveAsync(ListSources.UkOfsi, "2", Some.Date(2025, 4, 14));
        var fcdo = await SaveAsync(ListSources.UkFcdo, "3", Some.Date(2025, 8, 11));

        var timeline = await SnapshotTimeline.LoadAsync(Store, ListSources.UkOfsi, Ct);

        Assert.Equal([first.Id, second.Id], timeline.InForceOrder.Select(s => s.Id));
        Assert.Equal(first.Id, timeline.Before(second)?.Id);
        Assert.Null(timeline.Find(fcdo.Id));
    }

    private async Task<ListSnapshot> SaveAsync(string source, string sha, DateTimeOffset published)
    {
        var entity = source == ListSources.UkFcdo
            ? Some.Person("uk:AFG0006", "MOHAMMAD HASSAN AKHUND", source) with { OfsiGroupId = "7172" }
            : Some.Person("uk:7172", "MOHAMMAD HASSAN AKHUND", source);
        return await Store.SaveSnapshotAsync(new SnapshotDraft(source, "test", published, published, Some.Sha(sha), null, [entity]), Ct);
    }
}
