using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

public sealed class EntityLookupTests : StoreTest
{
    [Fact]
    public async Task Find_ConListGroupOnceTheFcdoListIsInForce_IsNoLongerInForce()
    {
        var (ofsi, fcdo) = await UkSwitch.ImportAsync(Store, Ct);
        var lookup = new EntityLookup(Store);

        var before = await lookup.FindAsync("uk:7172", UkSwitch.FcdoDate.AddDays(-1), Ct);
        var after = await lookup.FindAsync("uk:7172", UkSwitch.FcdoDate, Ct);
        var latest = await lookup.FindAsync("uk:7172", null, Ct);

        Assert.True(before?.InForce);
        Assert.Equal(ofsi.Id, before?.Snapshot.Id);
        Assert.False(after?.InForce);
        Assert.False(latest?.InForce);
        Assert.Equal(ofsi.Id, latest?.Snapshot.Id);
        var designation = Assert.Single(await Store.LoadEntitiesAsync(fcdo.Id, Ct), e => e.OfsiGroupId == "7172");
        Assert.True((await lookup.FindAsync(designation.Id, null, Ct))?.InForce);
    }
}
