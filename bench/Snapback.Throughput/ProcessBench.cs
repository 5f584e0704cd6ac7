using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Throughput;

/// <summary>
/// The whole command a user runs, `snapback screen --input F --output F`, as a process: start-up, loading the lists from the
/// store, building the index, reading, screening on all cores and writing. The input is distinct perturbed listed names. The
/// baseline is brute force over the file's leading names in this process, in the same run.
/// </summary>
internal static class ProcessBench
{
    public static async Task RunAsync(IReadOnlyList<ListedEntity> entities, HarnessOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var root = Path.GetFullPath(Path.Combine(BundledLists.Find().Folder, "..", ".."));
        var database = folder.File("store.db");
        var input = folder.File("names.jsonl");
        var names = DistinctNames(entities, options.Parties, options.Seed);
        await File.WriteAllLinesAsync(
            input, names.Select((n, i) => JsonSerializer.Serialize(new PartyRequest($"p{i:D7}", n, null, null, null), BatchJson.Options)), cancellationToken);

        // Builds the command line if needed and imports the bundled lists into the store: not timed.
        await RunAsync("bash", [Path.Combine(root, "snapback"), "lists", "status", "--db", database], null, cancellationToken);
        var cli = Path.Combine(root, "artifacts", "cli", "snapback.dll");

        var runs = new List<(double Ms, double FirstMs, long PeakBytes)>();
        for (var run = 0; run < options.BatchRuns; run++)
        {
            var results = folder.File($"results-{run}.jsonl");
            Console.Error.WriteLine($"process: run {run + 1} of {options.BatchRuns}");
            runs.Add(await RunAsync("dotnet", [cli, "screen", "--input", input, "--output", results, "--db", database], results, cancellationToken));
        }

        var sample = names.Take(options.Sample).Select(static n => new ScreenQuery(n)).ToList();
        var brute = BruteForceMatcher.Build(entities);
        var bruteStart = Stopwatch.GetTimestamp();
        Parallel.ForEach(sample, q => brute.Screen(q, MatchOptions.Default));
        var bruteRate = sample.Count / Stopwatch.GetElapsedTime(bruteStart).TotalSeconds;

        var medianMs = Stats.Median(runs.Select(static r => r.Ms));
        var rate = names.Count / (medianMs / 1000);
        output.WriteLine("## process");
        output.WriteLine();
        output.WriteLine($"`snapback screen --input names.jsonl --output results.jsonl` as a process over {Format.Count(names.Count)} distinct "
            + "perturbed listed names (typos, reordered, dropped or merged words, changed case), on a store holding the bundled lists: "
            + $"start-up, store load and index build included. Median of {options.BatchRuns} runs. The baseline is brute force over the "
            + $"first {Format.Count(sample.Count)} names in this process, on {Environment.ProcessorCount} cores, in the same run.");
        output.WriteLine();
        var table = new MarkdownTable("run", "names", "median time", "before the first result", "names/s", "× baseline", "peak working set");
        table.Add("brute force (baseline)", Format.Count(sample.Count), "", "", Format.Count(bruteRate), Format.Ratio(1), "");
        table.Add(
            "snapback screen, whole file",
            Format.Count(names.Count),
            Format.Milliseconds(medianMs),
            Format.Milliseconds(Stats.Median(runs.Select(static r => r.FirstMs))),
            Format.Count(rate),
            Format.Ratio(rate / bruteRate),
            Format.Megabytes(runs.Max(static r => r.PeakBytes)));
        table.Write(output);
    }

    private static List<string> DistinctNames(IReadOnlyList<ListedEntity> entities, int count, int seed)
    {
        var random = new Random(seed);
        var listed = new ListedNames(entities, random);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(count);
        for (var attempts = 0; names.Count < count && attempts < count * 20; attempts++)
        {
            var (name, _) = listed.Next(0, 1);
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Runs a process to its end; the time, the time until <paramref name="watch"/> (or its .partial) first holds bytes, and the peak resident set.</summary>
    private static async Task<(double Ms, double FirstMs, long PeakBytes)> RunAsync(
        string file, IReadOnlyList<string> arguments, string? watch, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        double first = 0;
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            if (first == 0 && watch is not null && (HasBytes(watch) || HasBytes(watch + ".partial")))
            {
                first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            await Task.Delay(10, cancellationToken);
        }

        await process.WaitForExitAsync(cancellationToken);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return (ms, first, peak);
    }

    private static bool HasBytes(string path) => File.Exists(path) && new FileInfo(path).Length > 0;

    // VmHWM: the process's peak resident set, in kB (Linux).
    private static long PeakResident(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status", Encoding.ASCII).FirstOrDefault(static l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
