using System.Text;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;
using BatchJob = System.Func<
    System.Collections.Generic.IAsyncEnumerable<Snapback.Screening.Batch.PartyRow>,
    Snapback.Screening.Batch.IPartyResultWriter,
    System.Threading.Tasks.Task<Snapback.Screening.Batch.BatchSummary>>;

namespace Snapback.Throughput;

/// <summary>
/// A whole batch job, end to end: read a generated JSON Lines file, screen on all cores, write JSON Lines results to a temp file.
/// The baseline is the same job with the brute-force matcher, on the file's leading rows.
/// </summary>
internal static class BatchBench
{
    public static async Task RunAsync(
        IReadOnlyList<ListedEntity> entities, HarnessOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var input = folder.File("parties.jsonl");
        var sample = folder.File("sample.jsonl");
        PartyFileGenerator.Write(input, options.Parties, entities, options.Seed);
        PartyFileGenerator.WriteHead(input, sample, options.Sample);
        var screening = new ScreeningService();
        screening.Swap(new LoadedLists(MatchIndex.Build(entities), [], TimeProvider.System.GetUtcNow()));
        var screener = new BatchScreener(screening);
        var brute = new BruteForceBatch(BruteForceMatcher.Build(entities));

        Task<BatchSummary> Index(IAsyncEnumerable<PartyRow> rows, IPartyResultWriter writer) =>
            screener.RunAsync(rows, writer, null, null, cancellationToken);
        Task<BatchSummary> Brute(IAsyncEnumerable<PartyRow> rows, IPartyResultWriter writer) =>
            brute.RunAsync(rows, writer, cancellationToken);
        Task<BatchFigures> Measure(string label, string file, BatchJob run) =>
            MeasureAsync(label, file, folder.File("results.jsonl"), run, options.BatchRuns, cancellationToken);

        var runs = new List<(string Name, BatchFigures Figures)>
        {
            ("brute force (baseline)", await Measure("brute force, sample", sample, Brute)),
            ("BatchScreener, same rows", await Measure("index, sample", sample, Index)),
            ("BatchScreener, whole file", await Measure("index, whole file", input, Index)),
        };

        output.WriteLine("## batch");
        output.WriteLine();
        output.WriteLine($"{Format.Count(options.Parties)} parties in JSON Lines ({Format.Megabytes(new FileInfo(input).Length)}; "
            + "5% listed names as written, 15% listed names perturbed, 80% made-up names; half the listed ones give a kind, a fifth of all "
            + $"a country), read, screened on {Environment.ProcessorCount} cores and written as JSON Lines to a temp file. "
            + $"Median of {options.BatchRuns} runs; the baseline screens the first {Format.Count(options.Sample)} rows by brute force.");
        output.WriteLine();
        var baseline = runs[0].Figures.NamesPerSecond;
        var table = new MarkdownTable(
            "run", "rows", "median time", "names/s", "× baseline", "rows with hits", "peak working set", "allocated");
        foreach (var (name, figures) in runs)
        {
            table.Add(
                name,
                Format.Count(figures.Summary.Rows),
                Format.Milliseconds(figures.MedianMs),
                Format.Count(figures.NamesPerSecond),
                Format.Ratio(figures.NamesPerSecond / baseline),
                Format.Count(figures.Summary.RowsWithHits),
                Format.Megabytes(figures.PeakWorkingSet),
                Format.Megabytes(figures.Allocated));
        }

        table.Write(output);
    }

    private static async Task<BatchFigures> MeasureAsync(
        string label,
        string input,
        string results,
        BatchJob run,
        int runs,
        CancellationToken cancellationToken)
    {
        var times = new List<double>();
        var peaks = new List<long>();
        var allocated = new List<long>();
        BatchSummary? summary = null;
        for (var i = 0; i < runs; i++)
        {
            Console.Error.WriteLine($"batch: {label} {i + 1}/{runs}");
            var phase = new Phase();
            await using (var reader = File.OpenRead(input))
            await using (var output = File.Create(results))
            await using (var writer = new JsonLinesResultWriter(output))
            {
                summary = await run(PartyFileReader.ReadAsync(reader, PartyFileFormat.JsonLines, cancellationToken), writer);
            }

            phase.Dispose();
            times.Add(phase.Milliseconds);
            peaks.Add(phase.Memory!.PeakWorkingSet);
            allocated.Add(phase.Memory.Allocated);
        }

        var median = Stats.Median(times);
        return new BatchFigures(summary!, median, summary!.Rows / (median / 1000), Stats.Median(peaks), Stats.Median(allocated));
    }
}
