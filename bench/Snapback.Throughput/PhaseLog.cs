namespace Snapback.Throughput;

/// <summary>Times named phases over repetitions, with their memory, and writes the medians as a table in first-seen order.</summary>
internal sealed class PhaseLog
{
    private readonly Dictionary<string, List<Phase>> phases = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    /// <param name="collectFirst">Collect garbage before the phase, so its memory figures start from live data only.</param>
    public Phase Start(string name, bool collectFirst = true)
    {
        if (!phases.TryGetValue(name, out var list))
        {
            phases[name] = list = [];
            order.Add(name);
        }

        if (collectFirst)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        var phase = new Phase();
        list.Add(phase);
        return phase;
    }

    public void Write(TextWriter output, string baseline)
    {
        var baseMs = Stats.Median(phases[baseline].Select(static p => p.Milliseconds));
        var table = new MarkdownTable("step", "items", "median", "min", $"× {baseline}", "peak working set", "peak heap", "allocated");
        foreach (var name in order)
        {
            var runs = phases[name];
            var median = Stats.Median(runs.Select(static p => p.Milliseconds));
            table.Add(
                name,
                Format.Count(runs[^1].Count),
                Format.Milliseconds(median),
                Format.Milliseconds(runs.Min(static p => p.Milliseconds)),
                Format.Ratio(median / baseMs),
                Format.Megabytes(Stats.Median(runs.Select(static p => p.Memory!.PeakWorkingSet))),
                Format.Megabytes(Stats.Median(runs.Select(static p => p.Memory!.PeakHeap))),
                Format.Megabytes(Stats.Median(runs.Select(static p => p.Memory!.Allocated))));
        }

        table.Write(output);
    }
}
