using System.Xml.Linq;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

/// <summary>
/// The update schedule on a fake clock, checking a local list server through the real updater and a real SQLite store: the clock is
/// moved only while the schedule sleeps, so every check it makes is one the test asked for.
/// </summary>
public sealed class ListUpdateScheduleTests : ScheduledUpdateTest
{
    [Fact(Timeout = 120_000)]
    public async Task Run_FakeClock_ChecksOnceEveryIntervalThroughTheUpdater()
    {
        Serve(Older, "\"v1\"");
        var schedule = Schedule(new ListScheduleOptions { Jitter = 0 });
        var errors = new List<Exception>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var run = schedule.RunAsync((source, ct) => Updater().UpdateAsync(source, ct), errors.Add, stop.Token);

        // Never checked: the first check runs at once.
        Assert.Equal(Start.AddHours(2), await SleepingAsync(schedule, null));
        Assert.Single(Server.Requests);
        var first = Assert.Single(await Store.ListFreshnessAsync(Ct));
        Assert.Equal((Start, UpdateStatus.Imported), (first.LastCheckedAt, first.LastStatus));

        Serve(Newer, "\"v2\"");
        Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(Start.AddHours(4), await SleepingAsync(schedule, Start.AddHours(2)));
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal("\"v1\"", Server.Requests[1].IfNoneMatch.ToString());
        Assert.Equal(2, (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Count);

        Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(Start.AddHours(6), await SleepingAsync(schedule, Start.AddHours(4)));
        var third = Assert.Single(await Store.ListFreshnessAsync(Ct));
        Assert.Equal((Start.AddHours(4), UpdateStatus.NotModified), (third.LastCheckedAt, third.LastStatus));
        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal(2, (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Count);

        await stop.CancelAsync();
        await run;
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Due_BeforeAndAtTheInterval_OnlyAtTheInterval()
    {
        Serve(Older, "\"v1\"");
        var schedule = Schedule(new ListScheduleOptions { Jitter = 0 });
        Assert.Equal([ListSources.Un], await schedule.DueAsync(Ct));
        await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Empty(await schedule.DueAsync(Ct));
        Assert.Equal(Start.AddHours(2), schedule.NextCheckAt(ListSources.Un));
        Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Empty(await schedule.DueAsync(Ct));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([ListSources.Un], await schedule.DueAsync(Ct));
    }

    [Fact]
    public async Task Due_CheckedByAnotherProcess_CountsFromThatCheck()
    {
        var schedule = Schedule(new ListScheduleOptions { Jitter = 0 });
        Assert.Equal([ListSources.Un], await schedule.DueAsync(Ct));

        // Another service sharing the store checks first, then again an hour later.
        await Store.RecordCheckAsync(new SourceCheck(ListSources.Un, "http://elsewhere/", Start, UpdateStatus.NotModified, null), Ct);
        Assert.Empty(await schedule.DueAsync(Ct));
        Clock.Advance(TimeSpan.FromHours(1));
        await Store.RecordCheckAsync(
            new SourceCheck(ListSources.Un, "http://elsewhere/", Clock.GetUtcNow(), UpdateStatus.NotModified, null), Ct);
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await schedule.DueAsync(Ct));
        Assert.Equal(Start.AddHours(3), schedule.NextCheckAt(ListSources.Un));
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Due_JitterOfTenPercent_SpreadsChecksWithinTwelveMinutes()
    {
        var sources = new[] { ListSources.OfacSdn, ListSources.OfacConsolidated, ListSources.Un, ListSources.Eu, ListSources.UkFcdo };
        foreach (var source in sources)
        {
            await Store.RecordCheckAsync(new SourceCheck(source, "http://x/", Start, UpdateStatus.NotModified, null), Ct);
        }

        var schedule = new ListUpdateSchedule(Store, new ListScheduleOptions(), sources, Clock, new Random(7));
        Assert.Empty(await schedule.DueAsync(Ct));

        var next = sources.Select(s => schedule.NextCheckAt(s)!.Value).ToList();
        Assert.All(next, at => Assert.InRange(at, Start.AddMinutes(108), Start.AddMinutes(132)));
        Assert.Equal(sources.Length, next.Distinct().Count());
    }

    [Fact]
    public async Task Due_SourceSettings_OwnIntervalAndDisabledSource()
    {
        var options = new ListScheduleOptions { Jitter = 0 };
        options.Sources[ListSources.Un] = new SourceScheduleOptions { Interval = TimeSpan.FromMinutes(30) };
        options.Sources[ListSources.Eu] = new SourceScheduleOptions { Enabled = false };
        var schedule = new ListUpdateSchedule(Store, options, [ListSources.OfacSdn, ListSources.Un, ListSources.Eu], Clock);
        foreach (var source in schedule.Sources)
        {
            await Store.RecordCheckAsync(new SourceCheck(source, "http://x/", Start, UpdateStatus.NotModified, null), Ct);
        }

        Assert.Empty(await schedule.DueAsync(Ct));

        Assert.Equal([ListSources.OfacSdn, ListSources.Un], schedule.Sources);
        Assert.Equal(Start.AddHours(2), schedule.NextCheckAt(ListSources.OfacSdn));
        Assert.Equal(Start.AddMinutes(30), schedule.NextCheckAt(ListSources.Un));
        Assert.Null(schedule.NextCheckAt(ListSources.Eu));
    }

    [Fact(Timeout = 120_000)]
    public async Task Run_UpdateThrows_IsReportedAndTheSourceWaitsItsTurn()
    {
        var schedule = Schedule(new ListScheduleOptions { Jitter = 0 });
        var errors = new List<Exception>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var run = schedule.RunAsync((_, _) => throw new InvalidOperationException("the store is read-only"), errors.Add, stop.Token);

        Assert.Equal(Start.AddHours(2), await SleepingAsync(schedule, null));
        Assert.Equal("the store is read-only", Assert.Single(errors).Message);
        await stop.CancelAsync();
        await run;
    }

    [Fact(Timeout = 120_000)]
    public async Task Run_PublicationMissingHalfTheList_IsHeldAtEveryCheckAndTheListGoesStale()
    {
        Serve(Older, "\"v1\"");
        var imported = await Updater().UpdateAsync(ListSources.Un, Ct);
        var document = XDocument.Load(Older);
        var individuals = document.Descendants("INDIVIDUAL").ToList();
        individuals.Take(individuals.Count / 2).ToList().ForEach(static i => i.Remove());
        var cut = Path.Combine(Database.Folder, "cut.xml");
        document.Save(cut);
        Serve(cut, "\"cut\"");
        var options = new ListScheduleOptions { Jitter = 0, Interval = TimeSpan.FromHours(12) };
        var schedule = Schedule(options);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var run = schedule.RunAsync((source, ct) => Updater().UpdateAsync(source, ct), _ => { }, stop.Token);

        var checks = new List<ListFreshness>();
        var wake = await SleepingAsync(schedule, null);
        while (Clock.GetUtcNow() <= Start + options.StaleAfter)
        {
            Clock.Advance(wake - Clock.GetUtcNow());
            wake = await SleepingAsync(schedule, wake);
            checks.Add(Assert.Single(await Store.FreshnessAsync(Clock.GetUtcNow(), options.StaleAfter, Ct)));
        }

        await stop.CancelAsync();
        await run;
        Assert.Equal(imported.Current?.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
        Assert.All(checks, static c => Assert.Equal(UpdateStatus.Held, c.LastStatus));
        Assert.All(checks, static c => Assert.Equal(Start, c.ConfirmedAt));
        // Checks at 12, 24, 36 and 48 hours are within the two days; the one at 60 hours is not.
        Assert.Equal([false, false, false, false, true], checks.Select(static c => c.Stale));
    }

    private ListUpdateSchedule Schedule(ListScheduleOptions options) => new(Store, options, [ListSources.Un], Clock);

    // Waits until the running schedule has gone to sleep again after `previous`, and says until when.
    private static async Task<DateTimeOffset> SleepingAsync(ListUpdateSchedule schedule, DateTimeOffset? previous)
    {
        while (schedule.SleepingUntil is not { } until || until == previous)
        {
            await Task.Delay(10, Ct);
        }

        return schedule.SleepingUntil.Value;
    }
}
