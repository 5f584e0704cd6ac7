using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

/// <summary>The stale flag and the update history of a list, through real updates of a local list server on a fake clock.</summary>
public sealed class ListFreshnessTests : ScheduledUpdateTest
{
    private static readonly TimeSpan TwoDays = new ListScheduleOptions().StaleAfter;

    [Fact]
    public async Task Freshness_NoConfirmationForTwoDays_IsStale_UntilA304ConfirmsIt()
    {
        Serve(Older, "\"v1\"");
        var imported = await Updater().UpdateAsync(ListSources.Un, Ct);
        var current = await FreshnessAsync();
        Assert.False(current.Stale);
        Assert.Equal((imported.Current?.Id, imported.Current?.PublishedAt), (current.SnapshotId, current.PublishedAt));
        Assert.Equal((Start, Start, Start), (current.LastCheckedAt, current.LastSuccessAt, current.ConfirmedAt));

        Clock.Advance(TimeSpan.FromDays(1));
        Server.Handler = static (context, _) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        };
        await Updater().UpdateAsync(ListSources.Un, Ct);
        var failed = await FreshnessAsync();
        Assert.False(failed.Stale);
        Assert.Equal((UpdateStatus.Failed, Start.AddDays(1), Start), (failed.LastStatus, failed.LastErrorAt, failed.ConfirmedAt));
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.False((await FreshnessAsync()).Stale);
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await FreshnessAsync()).Stale);

        Serve(Older, "\"v1\"");
        var confirmed = await Updater().UpdateAsync(ListSources.Un, Ct);
        var again = await FreshnessAsync();
        Assert.Equal(UpdateStatus.NotModified, confirmed.Status);
        Assert.False(again.Stale);
        Assert.Equal((Clock.GetUtcNow(), Start.AddDays(1)), (again.ConfirmedAt, again.LastErrorAt));
    }

    [Fact]
    public async Task Freshness_ImportedByHandAndNeverChecked_IsStale()
    {
        var imported = await new ListImporter(Store, Clock).ImportAsync(Some.List(Some.People(3)), Some.Sha("1"), "un.xml", false, Ct);

        var freshness = await FreshnessAsync();

        Assert.Equal(imported.Snapshot?.Id, freshness.SnapshotId);
        Assert.Null(freshness.LastCheckedAt);
        Assert.True(freshness.Stale);
    }

    [Fact]
    public async Task Freshness_SourceCheckedButNeverImported_IsListedWithItsError()
    {
        await new ListImporter(Store, Clock).ImportAsync(Some.List(Some.People(3)), Some.Sha("1"), "un.xml", false, Ct);
        await Store.RecordCheckAsync(
            new SourceCheck(ListSources.UkFcdo, "http://x/uk.xml", Start, UpdateStatus.Failed, "the file could not be read: not a recognised format"), Ct);

        var all = await Store.FreshnessAsync(Clock.GetUtcNow(), TwoDays, Ct);

        Assert.Equal([ListSources.Un, ListSources.UkFcdo], all.Select(static f => f.Source));
        var uk = all[1];
        Assert.Null(uk.SnapshotId);
        Assert.Equal("the file could not be read: not a recognised format", uk.LastError);
        Assert.Equal("UK Sanctions List (FCDO)", uk.Title);
        Assert.True(uk.Stale);
    }

    private async Task<ListFreshness> FreshnessAsync() =>
        (await Store.FreshnessAsync(Clock.GetUtcNow(), TwoDays, Ct)).Single(static f => f.Source == ListSources.Un);
}
