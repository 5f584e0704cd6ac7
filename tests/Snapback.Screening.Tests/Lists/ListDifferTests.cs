using Microsoft.Extensions.Time.Testing;
using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Lists;

public sealed class ListDifferTests : StoreTest
{
    [Fact]
    public async Task Diff_AddedRemovedChanged_ReportsEachWithChangedFields()
    {
        var before = Some.FullPerson("ofac:1");
        var after = before with
        {
            Names = [before.Names[0], before.Names[1], new EntityName("IVANOV, Vanya", NameType.StrongAlias)],
            Programs = [.. before.Programs, "CYBER2"],
            Remarks = "Linked To: IVANOV GROUP.",
        };
        var from = await SaveAsync("1", before, Some.Person("ofac:2", "GONE", ListSources.OfacSdn), Some.Person("ofac:3", "SAME", ListSources.OfacSdn));
        var to = await SaveAsync("2", after, Some.Person("ofac:3", "SAME", ListSources.OfacSdn), Some.Person("ofac:4", "NEW", ListSources.OfacSdn));

        var diff = await new ListDiffer(Store).DiffAsync(from, to, Ct);

        Assert.Equal(["ofac:4"], diff.Added);
        Assert.Equal(["ofac:2"], diff.Removed);
        Assert.Equal(new DiffSummary(1, 1, 1, 1), diff.Summary);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("ofac:1", change.EntityId);
        Assert.Equal(["Names", "Programs", "Remarks"], change.Fields.Select(f => f.Field));
        var names = change.Fields[0];
        Assert.Equal(["IVANOV, Vanya (StrongAlias)"], names.Added);
        Assert.Equal(["IVANOFF, John (WeakAlias)"], names.Removed);
        Assert.Equal(["CYBER2"], change.Fields[1].Added);
        Assert.Empty(change.Fields[1].Removed);
        Assert.Equal("Linked To: IVANOV HOLDINGS.", change.Fields[2].Before);
        Assert.Equal("Linked To: IVANOV GROUP.", change.Fields[2].After);
    }

    [Fact]
    public async Task Diff_ReorderedNamesAndIds_IsNoChange()
    {
        var person = Some.FullPerson("ofac:1");
        var reordered = person with
        {
            Names = [person.Names[0], person.Names[2], person.Names[1]],
            Identifiers = [person.Identifiers[1], person.Identifiers[0]],
            Programs = [person.Programs[1], person.Programs[0]],
        };
        var from = await SaveAsync("1", person);
        var to = await SaveAsync("2", reordered);

        var diff = await new ListDiffer(Store).DiffAsync(from, to, Ct);

        Assert.True(diff.Summary.IsEmpty);
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public async Task Diff_ManyChangedEntities_ReportsEveryOneWithItsFields()
    {
        var people = Some.People(300);
        var from = await SaveAsync("1", [.. people]);
        var to = await SaveAsync("2", [.. people.Select((p, n) => n < 250 ? p with { Programs = ["NEW"] } : p)]);

        var diff = await new ListDiffer(Store).DiffAsync(from, to, Ct);

        Assert.Equal(250, diff.Changed.Length);
        Assert.Equal(50, diff.Unchanged);
        Assert.All(diff.Changed, change =>
        {
            var programs = Assert.Single(change.Fields);
            Assert.Equal(["NEW"], programs.Added);
            Assert.Equal(["TEST"], programs.Removed);
        });
    }

    [Fact]
    public void CompareFields_NewPrimaryName_ReportsPrimaryAndNames()
    {
        var before = Some.Person("un:1", "OLD NAME", aliases: "OTHER");
        var after = Some.Person("un:1", "NEW NAME", aliases: "OTHER");

        var fields = ListDiffer.CompareFields(before, after);

        Assert.Equal(["PrimaryName", "Names"], fields.Select(f => f.Field));
        Assert.Equal("OLD NAME", fields[0].Before);
        Assert.Equal("NEW NAME", fields[0].After);
    }

    [Fact]
    public async Task Diff_SnapshotsOfTwoSources_IsRefused()
    {
        var un = await SaveAsync("1", Some.Person("un:1", "A"));
        var eu = (await Store.SaveSnapshotAsync(
            new SnapshotDraft(ListSources.Eu, "test", null, Some.Date(2025, 1, 1), Some.Sha("eu"), null, [Some.Person("eu:1", "A", ListSources.Eu)]),
            Ct)).Id;

        await Assert.ThrowsAsync<ArgumentException>(() => new ListDiffer(Store).DiffAsync(un, eu, Ct));
    }

    [Fact]
    public async Task Diff_DesignationWithTheGroupsContent_IsUnchanged_AndTheOtherWayIsRefused()
    {
        var group = Some.Person("uk:7172", "MOHAMMAD HASSAN AKHUND", ListSources.UkOfsi);
        var ofsi = await SaveAsync("ofsi", group);
        var fcdo = await SaveAsync(
            "fcdo",
            group with { Id = "uk:AFG0006", Source = ListSources.UkFcdo, OfsiGroupId = "7172" },
            group with { Id = "uk:AFG0007", Source = ListSources.UkFcdo, OfsiGroupId = "7173", Programs = ["NEW"] });

        var diff = await new ListDiffer(Store).DiffAsync(ofsi, fcdo, Ct);

        Assert.Equal(new DiffSummary(1, 0, 0, 1), diff.Summary);
        Assert.Equal(["uk:AFG0007"], diff.Added);
        await Assert.ThrowsAsync<ArgumentException>(() => new ListDiffer(Store).DiffAsync(fcdo, ofsi, Ct));
    }

    private async Task<long> SaveAsync(string sha, params ListedEntity[] entities)
    {
        var importer = new ListImporter(Store, new FakeTimeProvider(Some.Date(2025, 1, 1)));
        var result = await importer.ImportAsync(Some.List(entities, entities[0].Source), Some.Sha(sha), null, confirm: true, Ct);
        return result.Snapshot!.Id;
    }
}
