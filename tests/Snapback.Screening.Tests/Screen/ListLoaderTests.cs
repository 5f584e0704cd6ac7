using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Screen;

/// <summary>
/// The lists screening loads across the UK switch, on the real ConList of 2025-04-14 and FCDO export of 2025-08-11: the ConList
/// until the first FCDO snapshot is in force, then the FCDO list alone (one UK hit per listing, from the list in force, is checked
/// on both stores in the store contract tests).
/// </summary>
public sealed class ListLoaderTests : StoreTest
{
    private static readonly DateTimeOffset BeforeTheSwitch = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

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
}
