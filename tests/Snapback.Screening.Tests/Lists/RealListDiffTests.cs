using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Microsoft.VisualBasic.FileIO;
using Snapback.Lists;
using Snapback.Lists.Formats;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Lists;

/// <summary>
/// Imports and compares real official publications; every expected id set is read from the raw files here. The UK ones compare
/// the last OFSI ConList with the FCDO list that replaced it: designations meet their OFSI group by OFSI Group ID.
/// </summary>
public sealed partial class RealListDiffTests : StoreTest
{
    private static readonly string ConList = RepoPaths.Shared("uk", "ofsi-conlist-2025-04-14", "ConList.converted-from-xlsx.csv.gz");
    private static readonly string FcdoExcerpt =
        Path.Combine(RepoPaths.Root, "tests", "Snapback.Lists.Tests", "TestData", "Uk", "UK-Sanctions-List-excerpt.xml");

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

    [Fact]
    public async Task Diff_ConListGroupsToFcdoExcerpt_MatchesDesignationsToTheirGroups()
    {
        // The real ConList rows of the excerpt's groups, of AFG0055's group (7170, whose id the excerpt's source left out) and of a
        // group the excerpt does not hold.
        var conList = WriteConListRows(Path.Combine(Database.Folder, "ConList.csv"), ["12703", "7172", "7170", "14196", "13923", "7024", "7059"]);
        var designations = XDocument.Load(FcdoExcerpt).Root!.Elements("Designation")
            .Select(d => (Id: "uk:" + d.Element("UniqueID")!.Value, Group: d.Element("OFSIGroupID")?.Value))
            .ToList();

        var diff = await ImportAndDiffAsync(conList, FcdoExcerpt);

        Assert.Equal(ListSources.UkOfsi, diff.From.Source);
        Assert.Equal(ListSources.UkFcdo, diff.To.Source);
        Assert.Equal(["uk:AFG0055", "uk:DPR0075", "uk:RUS3686"], diff.Added);
        Assert.Equal(designations.Where(d => d.Group is null).Select(d => d.Id).Order(StringComparer.Ordinal), diff.Added);
        Assert.Equal(["uk:7059", "uk:7170"], diff.Removed);
        Assert.Equal(6, diff.Changed.Length + diff.Unchanged);
        foreach (var change in diff.Changed)
        {
            var group = designations.Single(d => d.Id == change.EntityId).Group;
            Assert.Equal(FieldChange.Value("Id", "uk:" + group, change.EntityId), change.Fields[0]);
        }

        // One OFSI group, two FCDO designations (Belarus and Global Human Rights): each is compared with the group.
        Assert.Equal(["uk:13923", "uk:13923"], diff.Changed.Where(c => c.EntityId is "uk:BEL0005" or "uk:GHR0055").Select(c => c.Fields[0].Before));
        // The same primary name on both lists is no change; the excerpt's trimmed names and details are.
        var putin = diff.Changed.Single(c => c.EntityId == "uk:RUS0251");
        Assert.DoesNotContain(putin.Fields, f => f.Field == "PrimaryName");
        Assert.Contains("Vladimir PUTIN (StrongAlias)", putin.Fields.Single(f => f.Field == "Names").Removed);
        // Passport and national identifiers keep the ConList's labels, so the same numbers are no change either.
        Assert.DoesNotContain(diff.Changed.Single(c => c.EntityId == "uk:AQD0239").Fields, f => f.Field is "PrimaryName" or "Kind" or "Identifiers");
    }

    [Fact]
    public async Task Diff_BundledConListToOfficialFcdoExport_ShowsRealChangesNotAWholeNewList()
    {
        var conList = Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz");
        var export = RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods");
        var groups = ConListGroups(conList);
        var designations = ExportRows(export);
        var matched = designations.Where(d => groups.Contains(d.Group)).ToList();

        var diff = await ImportAndDiffAsync(conList, export);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{diff.Summary}; fields changed: "
            + string.Join(", ", diff.Changed.SelectMany(c => c.Fields).GroupBy(f => f.Field).Select(g => $"{g.Key} {g.Count()}")));

        Assert.Equal(designations.Except(matched).Select(d => "uk:" + d.UniqueId).Order(StringComparer.Ordinal), diff.Added);
        Assert.Equal(groups.Except(matched.Select(d => d.Group)).Select(g => "uk:" + g).Order(StringComparer.Ordinal), diff.Removed);
        Assert.Equal(matched.Count, diff.Changed.Length + diff.Unchanged);
        // Figures of these two real publications: 4,688 groups then 5,302 designations; without the mapping the diff would be
        // 4,688 removals and 5,302 additions.
        Assert.Equal(4688, groups.Count);
        Assert.Equal(5302, designations.Count);
        Assert.Equal(22, diff.Removed.Length);
        Assert.Equal(4682, matched.Count);
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

    /// <summary>The ConList's first line, header and the rows of <paramref name="groups"/>, written as a new ConList CSV.</summary>
    private static string WriteConListRows(string path, string[] groups)
    {
        var records = ReadCsv(ConList);
        var groupColumn = Array.IndexOf(records[1], "Group ID");
        var kept = records.Take(2).Concat(records.Skip(2).Where(r => groups.Contains(r[groupColumn])));
        File.WriteAllLines(path, kept.Select(r => string.Join(',', r.Select(Quoted))));
        return path;

        static string Quoted(string cell) =>
            cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static HashSet<string> ConListGroups(string path)
    {
        var records = ReadCsv(path);
        var groupColumn = Array.IndexOf(records[1], "Group ID");
        return records.Skip(2).Select(r => r[groupColumn]).ToHashSet(StringComparer.Ordinal);
    }

    private static List<string[]> ReadCsv(string gzipPath)
    {
        using var stream = new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress);
        using var parser = new TextFieldParser(stream, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var records = new List<string[]>();
        while (!parser.EndOfData)
        {
            records.Add(parser.ReadFields()!);
        }

        return records;
    }

    /// <summary>Unique ID and OFSI Group ID of each row of the export's sheet, read from its content.xml.</summary>
    private static List<(string UniqueId, string Group)> ExportRows(string path)
    {
        XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("content.xml")!.Open();
        var rows = XDocument.Load(stream).Descendants(table + "table").Single(t => (string?)t.Attribute(table + "name") == "UK_Sanction_List")
            .Elements(table + "table-row")
            .Select(r => r.Elements(table + "table-cell").Select(c => c.Value.Trim()).ToArray())
            .Where(r => r.Length > 1 && r[0].Length > 0)
            .ToList();
        Assert.Equal(["Unique ID", "OFSI Group ID"], rows[0][..2]);
        return [.. rows.Skip(1).Select(r => (r[0], r[1]))];
    }

    [GeneratedRegex("^(\\d+),\"", RegexOptions.Multiline)]
    private static partial Regex EntNumPattern();
}
