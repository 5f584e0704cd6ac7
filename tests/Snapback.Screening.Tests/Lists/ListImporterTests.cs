using Microsoft.Extensions.Time.Testing;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

public sealed class ListImporterTests : StoreTest
{
    private readonly FakeTimeProvider clock = new(Some.Date(2026, 1, 1));

    private ListImporter Importer => new(Store, clock);

    [Fact]
    public async Task Import_FirstPublication_SavesEverythingAsAdded()
    {
        var result = await Importer.ImportAsync(Some.List(Some.People(5), publishedAt: Some.Date(2025, 5, 1)), Some.Sha("1"), "a.xml", false, Ct);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.NotNull(result.Snapshot);
        Assert.Null(result.Previous);
        Assert.Equal(new DiffSummary(5, 0, 0, 0), result.Changes);
        Assert.Equal(clock.GetUtcNow(), result.Snapshot.ImportedAt);
        Assert.Equal(5, (await Store.LoadEntitiesAsync(result.Snapshot.Id, Ct)).Count);
    }

    [Fact]
    public async Task Import_SameShaTwice_SecondIsUnchangedAndStoresNothing()
    {
        var first = await Importer.ImportAsync(Some.List(Some.People(5)), Some.Sha("1"), "a.xml", false, Ct);
        clock.Advance(TimeSpan.FromDays(1));

        var second = await Importer.ImportAsync(Some.List(Some.People(5)), Some.Sha("1"), "a.xml", false, Ct);

        Assert.Equal(ImportStatus.Unchanged, second.Status);
        Assert.Equal(first.Snapshot?.Id, second.Snapshot?.Id);
        Assert.Single(await Store.ListSnapshotsAsync(ListSources.Un, Ct));
    }

    [Fact]
    public async Task Import_SameContentNewSha_NewSnapshotWithNoChanges()
    {
        await Importer.ImportAsync(Some.List(Some.People(5)), Some.Sha("1"), "a.xml", false, Ct);

        var second = await Importer.ImportAsync(Some.List(Some.People(5).Reverse()), Some.Sha("2"), "b.xml", false, Ct);

        Assert.Equal(ImportStatus.Imported, second.Status);
        Assert.Equal(new DiffSummary(0, 0, 0, 5), second.Changes);
        Assert.Equal(2, (await Store.ListSnapshotsAsync(ListSources.Un, Ct)).Count);
    }

    [Fact]
    public async Task Import_EmptyList_IsRejected()
    {
        var result = await Importer.ImportAsync(Some.List([]), Some.Sha("1"), "a.xml", false, Ct);

        Assert.Equal(ImportStatus.Rejected, result.Status);
        Assert.Contains("no entries", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await Store.ListSnapshotsAsync(ListSources.Un, Ct));
    }

    [Fact]
    public async Task Import_DuplicateIds_IsRejected()
    {
        var result = await Importer.ImportAsync(Some.List(Some.People(3).Add(Some.Person("un:2", "AGAIN"))), Some.Sha("1"), null, false, Ct);

        Assert.Equal(ImportStatus.Rejected, result.Status);
        Assert.Contains("un:2", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RemovesMoreThanTwentyPercent_IsHeldUntilConfirmed()
    {
        var first = await Importer.ImportAsync(Some.List(Some.People(100)), Some.Sha("1"), "a.xml", false, Ct);
        var truncated = Some.List(Some.People(79));

        var held = await Importer.ImportAsync(truncated, Some.Sha("2"), "b.xml", false, Ct);

        Assert.Equal(ImportStatus.Held, held.Status);
        Assert.Null(held.Snapshot);
        Assert.Equal(new DiffSummary(0, 21, 0, 79), held.Changes);
        Assert.Contains("21 of 100", held.Reason, StringComparison.Ordinal);
        Assert.Equal(first.Snapshot?.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);

        var confirmed = await Importer.ImportAsync(truncated, Some.Sha("2"), "b.xml", true, Ct);

        Assert.Equal(ImportStatus.Imported, confirmed.Status);
        Assert.Equal(confirmed.Snapshot?.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
    }

    [Fact]
    public async Task Import_RemovesExactlyTheAllowedShare_IsImported()
    {
        await Importer.ImportAsync(Some.List(Some.People(100)), Some.Sha("1"), "a.xml", false, Ct);

        var result = await Importer.ImportAsync(Some.List(Some.People(80)), Some.Sha("2"), "b.xml", false, Ct);

        Assert.Equal(ImportStatus.Imported, result.Status);
    }

    [Fact]
    public async Task Import_LowerShareConfigured_HoldsSmallerRemovals()
    {
        await Importer.ImportAsync(Some.List(Some.People(100)), Some.Sha("1"), "a.xml", false, Ct);
        var strict = new ListImporter(Store, clock, new ListImportOptions { MaxRemovedShare = 0.05 });

        var result = await strict.ImportAsync(Some.List(Some.People(90)), Some.Sha("2"), "b.xml", false, Ct);

        Assert.Equal(ImportStatus.Held, result.Status);
    }

    [Fact]
    public async Task Import_FirstFcdoSnapshot_CountsChangesAgainstTheLastConListByGroupId()
    {
        var importer = new ListFileImporter(Importer);

        var results = await importer.ImportAsync([UkSwitch.ConList, UkSwitch.FcdoExport], confirm: false, Ct);

        var ofsi = results[0].Import!;
        var fcdo = results[1].Import!;
        Assert.Equal(ImportStatus.Imported, fcdo.Status);
        Assert.Equal(ListSources.UkFcdo, fcdo.Snapshot?.Source);
        Assert.Equal(ofsi.Snapshot?.Id, fcdo.Previous?.Id);
        var diff = await new ListDiffer(Store).DiffAsync(ofsi.Snapshot!.Id, fcdo.Snapshot!.Id, Ct);
        Assert.Equal(diff.Summary, fcdo.Changes);
        // Not 5,302 added: the 2025-08-11 export adds 620 designations to the ConList and drops 22 of its groups.
        Assert.Equal((620, 22), (fcdo.Changes!.Added, fcdo.Changes.Removed));
    }

    [Fact]
    public async Task Import_FirstFcdoSnapshotDroppingMostConListGroups_IsHeld()
    {
        var importer = new ListFileImporter(Importer);
        var excerpt = Path.Combine(
            Snapback.Tests.RepoPaths.Root, "tests", "Snapback.Lists.Tests", "TestData", "Uk", "UK-Sanctions-List-excerpt.xml");

        var results = await importer.ImportAsync([UkSwitch.ConList, excerpt], confirm: false, Ct);

        var held = results[1].Import!;
        Assert.Equal(ImportStatus.Held, held.Status);
        Assert.Equal(ListSources.UkOfsi, held.Previous?.Source);
        Assert.Contains($"of uk-ofsi snapshot {held.Previous!.Id}, which uk-fcdo supersedes", held.Reason, StringComparison.Ordinal);
        Assert.Empty(await Store.ListSnapshotsAsync(ListSources.UkFcdo, Ct));
    }
}
