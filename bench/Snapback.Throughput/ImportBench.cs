using Snapback.Lists.Formats;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Store;

namespace Snapback.Throughput;

/// <summary>
/// Parsing each bundled list, importing them all into a fresh SQLite file (from parsed lists, and from the files end to end), and
/// loading the entities back. The baseline is parsing all lists.
/// </summary>
internal static class ImportBench
{
    public static async Task RunAsync(
        BundledLists lists, HarnessOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var phases = new PhaseLog();
        var hashes = lists.Paths.Select(ListReader.Sha256).ToArray();
        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            Console.Error.WriteLine($"import: repetition {rep + 1}/{options.Repetitions}");
            var parsed = new List<ParsedList>();
            using (var all = phases.Start("parse all lists"))
            {
                foreach (var path in lists.Paths)
                {
                    using var one = phases.Start("parse " + lists.Name(path), collectFirst: false);
                    parsed.Add(ListReader.Read(path));
                    one.Count = parsed[^1].Entities.Length;
                    all.Count += one.Count;
                }
            }

            using var folder = new TempFolder();
            using (var step = phases.Start("store parsed lists (ListImporter, fresh SQLite)"))
            {
                var store = await SnapbackStore.OpenSqliteAsync(folder.File("parsed.db"), cancellationToken);
                var importer = new ListImporter(store, TimeProvider.System);
                for (var i = 0; i < parsed.Count; i++)
                {
                    var name = Path.GetFileName(lists.Paths[i]);
                    var result = await importer.ImportAsync(parsed[i], hashes[i], name, confirm: true, cancellationToken);
                    step.Count += Imported(result).EntityCount;
                }
            }

            var fileStore = await SnapbackStore.OpenSqliteAsync(folder.File("files.db"), cancellationToken);
            using (var step = phases.Start("import files end to end (ListFileImporter: parse, hash, store)"))
            {
                var results = await new ListFileImporter(new ListImporter(fileStore, TimeProvider.System))
                    .ImportAsync([lists.Folder], true, cancellationToken);
                step.Count = results.Sum(static r => Imported(r.Import ?? throw new InvalidOperationException(r.Error)).EntityCount);
            }

            using (var step = phases.Start("load entities back from the store"))
            {
                foreach (var snapshot in await fileStore.LatestSnapshotsAsync(cancellationToken))
                {
                    step.Count += (await fileStore.LoadEntitiesAsync(snapshot.Id, cancellationToken)).Count;
                }
            }

            using (var step = phases.Start("ListLoader.LoadAsync (load + MatchIndex.Build)"))
            {
                step.Count = (await ListLoader.LoadAsync(fileStore, null, TimeProvider.System, cancellationToken)).Index.EntityCount;
            }
        }

        output.WriteLine("## import");
        output.WriteLine();
        phases.Write(output, "parse all lists");
        output.WriteLine("Peak working set (whole process) and managed heap are the highest seen during the step, sampled every 5 ms "
            + "after a full collection before the step (the parsed lists of the repetition stay alive until it ends); allocated is the "
            + "managed bytes allocated by the step. Each repetition imports into new SQLite files in the temp folder.");
        output.WriteLine();
    }

    private static ListSnapshot Imported(ImportResult result) =>
        result.Status == ImportStatus.Imported
            ? result.Snapshot!
            : throw new InvalidOperationException($"import {result.Status}: {result.Reason}");
}
