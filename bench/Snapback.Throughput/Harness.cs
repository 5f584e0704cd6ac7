using System.Runtime;
using System.Runtime.InteropServices;

namespace Snapback.Throughput;

/// <summary>Runs the chosen subcommands in order and writes one Markdown report to <c>output</c>.</summary>
internal static class Harness
{
    public static async Task RunAsync(HarnessOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var loadBefore = Machine.LoadAverage();
        output.WriteLine($"# Snapback throughput, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
        output.WriteLine();
        output.WriteLine($"- arguments: `{options.Arguments}`; medians over {options.Repetitions} repetitions "
            + $"(batch: {options.BatchRuns} runs), seed {options.Seed}");
        output.WriteLine($"- build: {Machine.Configuration}; {RuntimeInformation.FrameworkDescription}; "
            + $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC; {Environment.ProcessorCount} cores; "
            + RuntimeInformation.OSDescription);
        output.WriteLine($"- load average at start (1/5/15 min): {loadBefore}"
            + (Machine.IsLoaded()
                ? $" — **above 3 on {Environment.ProcessorCount} cores: the machine was shared and busy, so every time is slower and "
                    + "noisier than on an idle machine; compare ratios, not absolute figures**"
                : string.Empty));
        output.WriteLine();

        var lists = BundledLists.Find();
        if (options.Runs("import"))
        {
            await ImportBench.RunAsync(lists, options, output, cancellationToken);
        }

        var entities = options.Command is "import" or "ownership" ? [] : lists.ParseAll().SelectMany(static l => l.Entities).ToList();
        if (options.Runs("index"))
        {
            IndexBench.Run(entities, options, output);
        }

        if (options.Runs("screen"))
        {
            ScreenBench.Run(entities, options, output);
        }

        if (options.Runs("batch"))
        {
            await BatchBench.RunAsync(entities, options, output, cancellationToken);
        }

        if (options.Runs("process"))
        {
            await ProcessBench.RunAsync(entities, options, output, cancellationToken);
        }

        if (options.Runs("cases"))
        {
            await CasesBench.RunAsync(entities, options, output, cancellationToken);
        }

        if (options.Runs("ownership"))
        {
            OwnershipBench.Run(options, output);
        }

        if (options.Runs("monitor"))
        {
            await MonitorBench.RunAsync(options, output, cancellationToken);
        }

        output.WriteLine($"Process peak working set {Format.Megabytes(Machine.PeakWorkingSet())}, "
            + $"{Format.Megabytes(GC.GetTotalAllocatedBytes(true))} allocated in all; load average at end: {Machine.LoadAverage()}.");
    }
}
