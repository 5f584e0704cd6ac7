using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Snapback.Lists.Formats;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Lists;

/// <summary>Imports and compares real official publications; every expected id set is read from the raw files here.</summary>
public sealed partial class RealListDiffTests : StoreTest
{
    private readonly FakeTimeProvider clock = new(Some.Date(2026, 11, 1));

    [Theory]
    [InlineData("sdn-2022-02-23-sdn-only", "sdn-2022-02-28-sdn-only")]
    [InlineData("sdn-2019-01", "sdn-2021-07")]
    public async Task Diff_OfacSdnCsvPublications_MatchesEntNumSets(string older, string newer)
    {
        var before = EntNums(RepoPaths.Shared("ofac", older, "sdn.csv"));
        var after = EntNums(RepoPaths.Shared("ofac", newer, "sdn.csv"));

        var diff = await ImportAndDiffAsync(RepoPaths.Shared("ofac", older), RepoPaths.Shared("ofac", newer));

        Assert.Equal(Ids("ofac:", after.Except(before)), diff.Added);
        Assert.Equal(Ids("ofac:", before.Except(after)), diff.Removed);
        Assert.Equal(after.Count, diff.To.EntityCount);
        Assert.Equal(before.Count(after.Contains), diff.Changed.Length + diff.Unchanged);
    }

    [Fact]
    public async Task Diff_OfacSdn20220223To0228_Adds114()
    {
        var added = EntNums(RepoPaths.Shared("ofac", "sdn-2022-02-28-sdn-only", "sdn.csv"))
            .Except(EntNums(RepoPaths.Shared("ofac", "sdn-2022-02-23-sdn-only", "sdn.csv"))).Count();

        var diff = await ImportAndDiffAsync(RepoPaths.Shared("ofac", "sdn-2022-02-23-sdn-only"), RepoPaths.Shared("ofac", "sdn-2022-02-28-sdn-only"));

        Assert.Equal(114, added);
        Assert.Equal(added, diff.Added.Length);
    }

    [Fact]
    public async Task Diff_Un20250419To20251129_ShowsSnapbackRelisting()
    {
        var olderFile = RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
        var newerFile = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");
        var before = UnReferences(olderFile);
        var after = UnReferences(newerFile);
        var added = after.Except(before).ToHashSet(StringComparer.Ordinal);
        var removed = before.Except(after).ToHashSet(StringComparer.Ordinal);

        var diff = await ImportAndDiffAsync(olderFile, newerFile);

        Assert.Equal(Ids("un:", added), diff.Added);
        Assert.Equal(Ids("un:", removed), diff.Removed);
        Assert.Equal(126, diff.Added.Length);
        Assert.Equal(121, diff.Added.Count(id => id.StartsWith("un:IRi.", StringComparison.Ordinal) || id.StartsWith("un:IRe.", StringComparison.Ordinal)));
        Assert.Equal(3, diff.Removed.Length);
    }

    [Fact]
    public async Task Import_Un20201123Then1124_NewSnapshotWithNoChange()
    {
        var olderFile = RepoPaths.Shared("un", "consolidated-2020-11-23.xml");
        var newerFile = RepoPaths.Shared("un", "consolidated-2020-11-24.xml");
        Assert.NotEqual(ListReader.Sha256(olderFile), ListReader.Sha256(newerFile));

        var diff = await ImportAndDiffAsync(olderFile, newerFile);

        Assert.NotEqual(diff.From.Id, diff.To.Id);
        Assert.True(diff.Summary.IsEmpty);
        Assert.Equal(UnReferences(newerFile).Count, diff.Unchanged);
    }

    [Fact]
    public async Task Diff_OfacConsolidatedXml20251022To20260108_ReportsOnlyRealChangesDespiteReordering()
    {
        var olderFile = RepoPaths.Shared("ofac", "cons-2025-10-22", "consolidated.xml");
        var newerFile = RepoPaths.Shared("ofac", "cons-2026-01-08", "consolidated.xml");
        var before = OfacEntries(olderFile);
        var after = OfacEntries(newerFile);
        // Entries whose leaf values differ as multisets: a real change, whatever order the service wrote the children in.
        var reallyChanged = after.Keys.Where(uid => before.TryGetValue(uid, out var old) && !old.SequenceEqual(after[uid], StringComparer.Ordinal));

        var diff = await ImportAndDiffAsync(olderFile, newerFile);

        Assert.Equal(Ids("ofac:", before.Keys.Except(after.Keys)), diff.Removed);
        Assert.Single(diff.Removed);
        Assert.Empty(diff.Added);
        Assert.Equal(Ids("ofac:", reallyChanged), diff.Changed.Select(c => c.EntityId));
        Assert.Equal(after.Count - diff.Changed.Length, diff.Unchanged);
    }

    [Fact]
    public async Task Import_SameRealFileTwice_SecondIsUnchanged()
    {
        var file = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");
        var first = await ImportAsync(file);

        var second = await new ListImporter(Store, clock).ImportAsync(ListReader.Read(file), ListReader.Sha256(file), "again.xml", false, Ct);

        Assert.Equal(ImportStatus.Unchanged, second.Status);
        Assert.Equal(first.Id, second.Snapshot?.Id);
        Assert.Single(await Store.ListSnapshotsAsync(first.Source, Ct));
    }

    private async Task<SnapshotDiff> ImportAndDiffAsync(string olderPath, string newerPath)
    {
        var older = await ImportAsync(olderPath);
        clock.Advance(TimeSpan.FromDays(1));
        var newer = await ImportAsync(newerPath);
        return await new ListDiffer(Store).DiffAsync(older.Id, newer.Id, Ct);
    }

    private async Task<ListSnapshot> ImportAsync(string path)
    {
        var result = await new ListImporter(Store, clock).ImportAsync(ListReader.Read(path), ListReader.Sha256(path), Path.GetFileName(path), true, Ct);
        Assert.Equal(ImportStatus.Imported, result.Status);
        return result.Snapshot!;
    }

    private static string[] Ids(string prefix, IEnumerable<string> keys) =>
        [.. keys.Select(key => prefix + key).Order(StringComparer.Ordinal)];

    // sdn.csv rows start with the ent_num, then the quoted name.
    private static HashSet<string> EntNums(string sdnCsv) =>
        EntNumPattern().Matches(File.ReadAllText(sdnCsv)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> UnReferences(string path) =>
        XDocument.Load(path).Descendants()
            .Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY")
            .Select(e => e.Element("REFERENCE_NUMBER")!.Value.Trim())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>uid → the entry's leaf values as sorted "path=value" lines (child uids left out: they number rows, not content).</summary>
    private static Dictionary<string, string[]> OfacEntries(string path) =>
        XDocument.Load(path).Descendants()
            .Where(e => e.Name.LocalName == "sdnEntry")
            .ToDictionary(
                e => e.Elements().First(child => child.Name.LocalName == "uid").Value.Trim(),
                e => e.Descendants()
                    .Where(leaf => !leaf.HasElements && !(leaf.Name.LocalName == "uid" && leaf.Parent != e))
                    .Select(leaf => string.Join('/', leaf.AncestorsAndSelf().TakeWhile(x => x != e).Select(x => x.Name.LocalName).Reverse())
                        + "=" + leaf.Value.Trim())
                    .Order(StringComparer.Ordinal)
                    .ToArray(),
                StringComparer.Ordinal);

    [GeneratedRegex("^(\\d+),\"", RegexOptions.Multiline)]
    private static partial Regex EntNumPattern();
}
