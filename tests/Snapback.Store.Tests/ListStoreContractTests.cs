using System.Collections.Immutable;
using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Store.Tests;

/// <summary>What every <see cref="IListStore"/> must do; run against SQLite and PostgreSQL.</summary>
public abstract class ListStoreContractTests : IAsyncLifetime
{
    private IListStore? store;

    protected IListStore Store => store ?? throw new InvalidOperationException("store not opened");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => store = await OpenStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<IListStore> OpenStoreAsync();

    /// <summary>Rows in a table of the store under test, read around the store.</summary>
    protected abstract Task<long> CountRowsAsync(string table);

    /// <summary>The data-protection key ring over the opened store's database.</summary>
    protected abstract Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository KeyRing();

    protected static SnapshotDraft Draft(
        IEnumerable<ListedEntity> entities, string sha, DateTimeOffset? published, string source = ListSources.Un, DateTimeOffset? imported = null) =>
        new(source, "test", published, imported ?? Some.Date(2026, 1, 1), sha, "list.xml", [.. entities]);

    [Fact]
    public async Task SaveSnapshot_ThenLoad_KeepsEveryField()
    {
        var full = Some.FullPerson("ofac:1");
        var vessel = Some.Entity("ofac:2", "SEA BREEZE", EntityKind.Vessel, ListSources.OfacSdn);
        var published = new DateTimeOffset(2025, 11, 29, 0, 0, 6, TimeSpan.Zero);
        var imported = new DateTimeOffset(2025, 11, 30, 8, 15, 0, TimeSpan.Zero);
        var draft = new SnapshotDraft(ListSources.OfacSdn, "ofac-csv", published, imported, Some.Sha("a"), "sdn.csv", [vessel, full]);

        var saved = await Store.SaveSnapshotAsync(draft, Ct);
        var loaded = await Store.GetSnapshotAsync(saved.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(saved, loaded);
        Assert.Equal(ListSources.OfacSdn, loaded.Source);
        Assert.Equal(published, loaded.PublishedAt);
        Assert.Equal(imported, loaded.ImportedAt);
        Assert.Equal(Some.Sha("a"), loaded.Sha256);
        Assert.Equal("ofac-csv", loaded.Format);
        Assert.Equal("sdn.csv", loaded.FileName);
        Assert.Equal(2, loaded.EntityCount);
        Assert.Equal(new KindCounts(1, 0, 1, 0), loaded.Kinds);

        var entities = await Store.LoadEntitiesAsync(saved.Id, Ct);
        Assert.Equal(["ofac:1", "ofac:2"], entities.Select(e => e.Id));
        AssertSameEntity(full, entities[0]);
        AssertSameEntity(vessel, entities[1]);
        AssertSameEntity(full, await Store.LoadEntityAsync(saved.Id, "ofac:1", Ct));
        Assert.Null(await Store.LoadEntityAsync(saved.Id, "ofac:3", Ct));
    }

    [Fact]
    public async Task FindSnapshot_BySourceAndSha_FindsOnlyThatSource()
    {
        var saved = await Store.SaveSnapshotAsync(Draft(Some.People(3), Some.Sha("x"), null), Ct);

        Assert.Equal(saved.Id, (await Store.FindSnapshotAsync(ListSources.Un, Some.Sha("x"), Ct))?.Id);
        Assert.Null(await Store.FindSnapshotAsync(ListSources.Eu, Some.Sha("x"), Ct));
        Assert.Null(await Store.FindSnapshotAsync(ListSources.Un, Some.Sha("y"), Ct));
    }

    [Fact]
    public async Task SaveSnapshot_SameShaTwice_IsRefused()
    {
        await Store.SaveSnapshotAsync(Draft(Some.People(3), Some.Sha("x"), null), Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveSnapshotAsync(Draft(Some.People(4), Some.Sha("x"), null), Ct));
        Assert.Single(await Store.ListSnapshotsAsync(ListSources.Un, Ct));
    }

    [Fact]
    public async Task SnapshotAsOf_ThreeSnapshots_PicksTheOneInForce()
    {
        var first = await Store.SaveSnapshotAsync(Draft(Some.People(3), Some.Sha("1"), Some.Date(2025, 1, 10)), Ct);
        // No publication date: it counts from its import time.
        var second = await Store.SaveSnapshotAsync(Draft(Some.People(4), Some.Sha("2"), null, imported: Some.Date(2025, 3, 1)), Ct);
        var third = await Store.SaveSnapshotAsync(Draft(Some.People(5), Some.Sha("3"), Some.Date(2025, 6, 1)), Ct);

        Assert.Null(await Store.SnapshotAsOfAsync(ListSources.Un, Some.Date(2025, 1, 9), Ct));
        Assert.Equal(first.Id, (await Store.SnapshotAsOfAsync(ListSources.Un, Some.Date(2025, 1, 10), Ct))?.Id);
        Assert.Equal(first.Id, (await Store.SnapshotAsOfAsync(ListSources.Un, Some.Date(2025, 2, 28), Ct))?.Id);
        Assert.Equal(second.Id, (await Store.SnapshotAsOfAsync(ListSources.Un, Some.Date(2025, 3, 1), Ct))?.Id);
        Assert.Equal(second.Id, (await Store.SnapshotAsOfAsync(ListSources.Un, Some.Date(2025, 5, 31), Ct))?.Id);
        Assert.Equal(third.Id, (await Store.SnapshotAsOfAsync(ListSources.Un, Some.Date(2030, 1, 1), Ct))?.Id);
        Assert.Null(await Store.SnapshotAsOfAsync(ListSources.Eu, Some.Date(2030, 1, 1), Ct));
    }

    [Fact]
    public async Task LatestSnapshot_OlderPublicationImportedLater_KeepsTheNewestPublication()
    {
        var newer = await Store.SaveSnapshotAsync(Draft(Some.People(3), Some.Sha("new"), Some.Date(2025, 6, 1)), Ct);
        await Store.SaveSnapshotAsync(Draft(Some.People(2), Some.Sha("old"), Some.Date(2025, 1, 1)), Ct);
        var eu = await Store.SaveSnapshotAsync(Draft(Some.People(2, ListSources.Eu), Some.Sha("eu"), null, ListSources.Eu), Ct);

        Assert.Equal(newer.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
        Assert.Equal([Some.Date(2025, 1, 1), Some.Date(2025, 6, 1)],
            (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Select(s => s.EffectiveAt));
        Assert.Equal([newer.Id, eu.Id], (await Store.LatestSnapshotsAsync(Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task EntityHistory_AcrossSnapshots_ListsEachAppearanceWithItsVersion()
    {
        var a = Some.Person("un:1", "ALPHA");
        var renamed = Some.Person("un:1", "ALPHA", aliases: "ALFA");
        var s1 = await Store.SaveSnapshotAsync(Draft([a, Some.Person("un:2", "BETA")], Some.Sha("1"), Some.Date(2025, 1, 1)), Ct);
        var s2 = await Store.SaveSnapshotAsync(Draft([a], Some.Sha("2"), Some.Date(2025, 2, 1)), Ct);
        await Store.SaveSnapshotAsync(Draft([Some.Person("un:2", "BETA")], Some.Sha("3"), Some.Date(2025, 3, 1)), Ct);
        var s4 = await Store.SaveSnapshotAsync(Draft([renamed], Some.Sha("4"), Some.Date(2025, 4, 1)), Ct);

        var history = await Store.EntityHistoryAsync(ListSources.Un, "un:1", Ct);

        Assert.Equal([s1.Id, s2.Id, s4.Id], history.Select(h => h.Snapshot.Id));
        Assert.Equal(EntityJson.Hash(a), history[0].VersionHash);
        Assert.Equal(history[0].VersionHash, history[1].VersionHash);
        Assert.Equal(EntityJson.Hash(renamed), history[2].VersionHash);
        Assert.NotEqual(history[1].VersionHash, history[2].VersionHash);
        Assert.Empty(await Store.EntityHistoryAsync(ListSources.Eu, "un:1", Ct));
    }

    [Fact]
    public async Task LoadVersionHashes_ReorderedCollections_SameHash()
    {
        var person = Some.FullPerson("ofac:7");
        var reordered = person with
        {
            Names = [person.Names[0], person.Names[2], person.Names[1]],
            Programs = person.Programs.Reverse().ToImmutableArray(),
            Identifiers = person.Identifiers.Reverse().ToImmutableArray(),
            BirthDates = person.BirthDates.Reverse().ToImmutableArray(),
        };
        var s1 = await Store.SaveSnapshotAsync(Draft([person], Some.Sha("1"), null, ListSources.OfacSdn), Ct);
        var s2 = await Store.SaveSnapshotAsync(Draft([reordered], Some.Sha("2"), null, ListSources.OfacSdn), Ct);

        Assert.Equal((await Store.LoadVersionHashesAsync(s1.Id, Ct))["ofac:7"], (await Store.LoadVersionHashesAsync(s2.Id, Ct))["ofac:7"]);
    }

    [Fact]
    public async Task SaveSnapshot_FailsMidway_LeavesStoreAsBefore()
    {
        var previous = await Store.SaveSnapshotAsync(Draft(Some.People(10), Some.Sha("1"), Some.Date(2025, 1, 1)), Ct);
        // The duplicate id is only seen by the database after the first 500 rows are written.
        var broken = Some.People(500).Add(Some.Person("un:1", "DUPLICATE"));

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveSnapshotAsync(Draft(broken, Some.Sha("2"), Some.Date(2025, 2, 1)), Ct));

        Assert.Null(await Store.FindSnapshotAsync(ListSources.Un, Some.Sha("2"), Ct));
        Assert.Equal(previous.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
        Assert.Equal([previous.Id], (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Select(s => s.Id));
        Assert.Equal(10, (await Store.LoadEntitiesAsync(previous.Id, Ct)).Count);
    }

    [Fact]
    public async Task SaveSnapshot_Cancelled_SavesNothing()
    {
        var previous = await Store.SaveSnapshotAsync(Draft(Some.People(10), Some.Sha("1"), Some.Date(2025, 1, 1)), Ct);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.SaveSnapshotAsync(Draft(Some.People(2000), Some.Sha("2"), Some.Date(2025, 2, 1)), cancel.Token));

        Assert.Null(await Store.FindSnapshotAsync(ListSources.Un, Some.Sha("2"), Ct));
        Assert.Equal(previous.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
    }

    [Fact]
    public async Task DownloadState_SavedTwice_KeepsTheLast()
    {
        Assert.Null(await Store.GetDownloadStateAsync(ListSources.Un, Ct));
        var first = new DownloadState(ListSources.Un, "http://x/a.xml", "\"v1\"", Some.Date(2025, 1, 1), Some.Date(2025, 1, 2));
        var second = new DownloadState(ListSources.Un, "http://x/b.xml", null, null, Some.Date(2025, 2, 2));

        await Store.SaveDownloadStateAsync(first, Ct);
        Assert.Equal(first, await Store.GetDownloadStateAsync(ListSources.Un, Ct));
        await Store.SaveDownloadStateAsync(second, Ct);
        Assert.Equal(second, await Store.GetDownloadStateAsync(ListSources.Un, Ct));
    }

    [Fact]
    public async Task RecordCheck_OutcomesInTurn_KeepsTheLastOfEachKind()
    {
        Assert.Empty(await Store.ListFreshnessAsync(Ct));
        var url = "http://x/consolidated.xml";
        var t1 = Some.Date(2026, 3, 1);
        var t2 = t1.AddHours(2);
        var t3 = t1.AddHours(4);
        var t4 = t1.AddHours(6);

        await Store.RecordCheckAsync(new SourceCheck(ListSources.Un, url, t1, UpdateStatus.Imported, null), Ct);
        Assert.Equal(
            new SourceFreshness(ListSources.Un, url, t1, UpdateStatus.Imported, null, t1, t1, null, null),
            Assert.Single(await Store.ListFreshnessAsync(Ct)));

        await Store.RecordCheckAsync(new SourceCheck(ListSources.Un, url, t2, UpdateStatus.Failed, "the server answered 503"), Ct);
        Assert.Equal(
            new SourceFreshness(ListSources.Un, url, t2, UpdateStatus.Failed, "the server answered 503", t1, t1, "the server answered 503", t2),
            Assert.Single(await Store.ListFreshnessAsync(Ct)));

        // A held publication was downloaded fine but confirms nothing.
        await Store.RecordCheckAsync(new SourceCheck(ListSources.Un, url, t3, UpdateStatus.Held, "it would remove 9 of 10"), Ct);
        Assert.Equal(
            new SourceFreshness(ListSources.Un, url, t3, UpdateStatus.Held, "it would remove 9 of 10", t3, t1, "the server answered 503", t2),
            Assert.Single(await Store.ListFreshnessAsync(Ct)));

        await Store.RecordCheckAsync(new SourceCheck(ListSources.Un, url + "?v=2", t4, UpdateStatus.NotModified, "not modified"), Ct);
        Assert.Equal(
            new SourceFreshness(ListSources.Un, url + "?v=2", t4, UpdateStatus.NotModified, "not modified", t4, t4, "the server answered 503", t2),
            Assert.Single(await Store.ListFreshnessAsync(Ct)));
    }

    [Fact]
    public async Task ListFreshness_SeveralSources_AreInSourceOrder()
    {
        foreach (var source in new[] { ListSources.UkFcdo, ListSources.Un, ListSources.OfacSdn })
        {
            await Store.RecordCheckAsync(new SourceCheck(source, "http://x/" + source, Some.Date(2026, 3, 1), UpdateStatus.Unchanged, null), Ct);
        }

        Assert.Equal([ListSources.OfacSdn, ListSources.Un, ListSources.UkFcdo], (await Store.ListFreshnessAsync(Ct)).Select(f => f.Source));
    }

    [Fact(Timeout = 60_000)]
    public async Task LockUpdates_HeldByAnotherOpener_WaitsUntilReleased()
    {
        var other = await OpenStoreAsync();
        var held = await Store.LockUpdatesAsync(ListSources.Un, Ct);
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        giveUp.CancelAfter(TimeSpan.FromMilliseconds(500));

        // While the lock is held the other opener can only wait; it gives up when told to.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => other.LockUpdatesAsync(ListSources.Un, giveUp.Token));
        await held.DisposeAsync();

        await using var taken = await other.LockUpdatesAsync(ListSources.Un, Ct);
    }

    [Fact(Timeout = 60_000)]
    public async Task LockUpdates_ReleasedTwiceOver_CanBeTakenAgain()
    {
        for (var round = 0; round < 3; round++)
        {
            await using var held = await Store.LockUpdatesAsync(ListSources.Eu, Ct);
        }

        await using var last = await (await OpenStoreAsync()).LockUpdatesAsync(ListSources.Eu, Ct);
    }

    [Fact]
    public async Task Open_Twice_AppliesEachMigrationOnce()
    {
        await OpenStoreAsync();

        Assert.Equal(((SqlListStore)Store).SchemaVersion, await CountRowsAsync("schema_version"));
    }

    [Fact]
    public async Task SaveSnapshot_TenPublicationsOfOneList_StoresEachContentOnce()
    {
        var people = Some.People(200);
        for (var n = 0; n < 10; n++)
        {
            // Each publication changes one entity and keeps the rest.
            var changed = people.SetItem(n, Some.Person(people[n].Id, "CHANGED " + n));
            await Store.SaveSnapshotAsync(Draft(changed, Some.Sha("p" + n), Some.Date(2025, 1, 1 + n)), Ct);
        }

        Assert.Equal(2000, await CountRowsAsync("snapshot_entities"));
        // The 200 original versions plus one changed version per publication.
        Assert.Equal(210, await CountRowsAsync("entity_versions"));
        Assert.Equal(10, (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Count);
    }

    [Fact]
    public async Task SnapshotsInForce_AcrossTheUkSwitch_ScreenFindsOneUkListingFromTheListInForce()
    {
        var (ofsi, fcdo) = await UkSwitch.ImportAsync(Store, Ct);
        var group = await Store.LoadEntityAsync(ofsi.Id, "uk:7172", Ct);
        var designation = Assert.Single(await Store.LoadEntitiesAsync(fcdo.Id, Ct), e => e.OfsiGroupId == "7172");
        Assert.NotNull(group);

        // The day before the first FCDO snapshot, that day itself, and now.
        var before = await UkSwitch.ScreeningAsync(Store, UkSwitch.FcdoDate.AddMilliseconds(-1), Ct);
        var onTheDay = await UkSwitch.ScreeningAsync(Store, UkSwitch.FcdoDate, Ct);
        var latest = await UkSwitch.ScreeningAsync(Store, null, Ct);

        Assert.Equal([ofsi.Id], before.Current!.Snapshots.Select(s => s.Id));
        var conList = Assert.Single(UkSwitch.UkHits(before, group.PrimaryName));
        Assert.Equal(("uk:7172", ListSources.Title(ListSources.UkOfsi)), (conList.EntityId, Assert.Single(conList.Lists)));
        foreach (var screening in new[] { onTheDay, latest })
        {
            Assert.Equal([fcdo.Id], screening.Current!.Snapshots.Select(s => s.Id));
            var hit = Assert.Single(UkSwitch.UkHits(screening, group.PrimaryName));
            Assert.Equal((designation.Id, ListSources.Title(ListSources.UkFcdo)), (hit.EntityId, Assert.Single(hit.Lists)));
        }
    }

    private static void AssertSameEntity(ListedEntity expected, ListedEntity? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Names[0], actual.Names[0]);
        Assert.Equal(expected.Names.ToHashSet(), actual.Names.ToHashSet());
        Assert.Equal(expected.BirthDates.ToHashSet(), actual.BirthDates.ToHashSet());
        Assert.Equal(expected.PlacesOfBirth.ToHashSet(), actual.PlacesOfBirth.ToHashSet());
        Assert.Equal(expected.Nationalities.ToHashSet(), actual.Nationalities.ToHashSet());
        Assert.Equal(expected.Citizenships.ToHashSet(), actual.Citizenships.ToHashSet());
        Assert.Equal(expected.Addresses.ToHashSet(), actual.Addresses.ToHashSet());
        Assert.Equal(expected.Identifiers.ToHashSet(), actual.Identifiers.ToHashSet());
        Assert.Equal(expected.Programs.ToHashSet(), actual.Programs.ToHashSet());
        Assert.Equal(expected.ListedOn, actual.ListedOn);
        Assert.Equal(expected.Remarks, actual.Remarks);
        Assert.Equal(expected.LinkedTo.ToHashSet(), actual.LinkedTo.ToHashSet());
        Assert.Equal(expected.Gender, actual.Gender);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Vessel, actual.Vessel);
        Assert.Equal(EntityJson.Canonical(expected), EntityJson.Canonical(actual));
    }

    [Fact]
    public async Task KeyRing_StoredKeys_AreReadBackFromTheStoresOwnTable()
    {
        var ring = KeyRing();
        ring.StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", "b")), "key-b");
        ring.StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", "a")), "key-a");

        var read = KeyRing().GetAllElements();

        Assert.Equal(["a", "b"], read.Select(static e => (string?)e.Attribute("id")));
        Assert.Equal(2, await CountRowsAsync("data_protection_keys"));
    }
}
