using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Screen;

/// <summary>
/// The lists screening loads across the UK switch, on the real ConList of 2025-04-14 and FCDO export of 2025-08-11: the ConList
/// until the first FCDO snapshot is in force, then the FCDO list alone.
/// </summary>
public sealed class ListLoaderTests : StoreTest
{
    private static readonly DateTimeOffset BeforeTheSwitch = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Load_AcrossTheFirstFcdoSnapshot_OneUkHitFromTheListInForce()
    {
        var (ofsi, fcdo) = await UkSwitch.ImportAsync(Store, Ct);
        var group = await Store.LoadEntityAsync(ofsi.Id, "uk:7172", Ct);
        Assert.NotNull(group);
        var designation = Assert.Single(await Store.LoadEntitiesAsync(fcdo.Id, Ct), e => e.OfsiGroupId == "7172");

        var before = await UkSwitch.ScreeningAsync(Store, BeforeTheSwitch, Ct);
        var onTheDay = await UkSwitch.ScreeningAsync(Store, UkSwitch.FcdoDate, Ct);
        var latest = await UkSwitch.ScreeningAsync(Store, null, Ct);

        Assert.Equal([ofsi.Id], UkSnapshots(before));
        var conList = Assert.Single(UkSwitch.UkHits(before, group.PrimaryName));
        Assert.Equal(("uk:7172", ListSources.Title(ListSources.UkOfsi)), (conList.EntityId, Assert.Single(conList.Lists)));
        foreach (var screening in new[] { onTheDay, latest })
        {
            Assert.Equal([fcdo.Id], UkSnapshots(screening));
            var hit = Assert.Single(UkSwitch.UkHits(screening, group.PrimaryName));
            Assert.Equal((designation.Id, ListSources.Title(ListSources.UkFcdo)), (hit.EntityId, Assert.Single(hit.Lists)));
        }
    }

    [Fact]
    public async Task Load_FromTheFirstFcdoSnapshot_NoGroupTheFcdoListDroppedIsScreened()
    {
        var (ofsi, fcdo) = await UkSwitch.ImportAsync(Store, Ct);
        var dropped = (await new ListDiffer(Store).DiffAsync(ofsi.Id, fcdo.Id, Ct)).Removed;
        var groups = (await Store.LoadEntitiesAsync(ofsi.Id, Ct)).Where(e => dropped.Contains(e.Id)).ToList();

        var before = await UkSwitch.ScreeningAsync(Store, BeforeTheSwitch, Ct);
        var onTheDay = await UkSwitch.ScreeningAsync(Store, UkSwitch.FcdoDate, Ct);
        var latest = await UkSwitch.ScreeningAsync(Store, null, Ct);

        Assert.Equal(22, groups.Count);
        foreach (var group in groups)
        {
            Assert.Contains(UkSwitch.UkHits(before, group.PrimaryName), h => h.EntityId == group.Id);
            foreach (var screening in new[] { onTheDay, latest })
            {
                var hits = UkSwitch.UkHits(screening, group.PrimaryName);
                Assert.DoesNotContain(hits, h => h.EntityId == group.Id || h.Lists.Contains(ListSources.Title(ListSources.UkOfsi)));
            }
        }
    }

    private static long[] UkSnapshots(ScreeningService screening) =>
        [.. screening.Current!.Snapshots.Where(s => s.Source.StartsWith("uk-", StringComparison.Ordinal)).Select(s => s.Id)];
}
