using System.Runtime.CompilerServices;
using Snapback.Lists.Model;
using Snapback.Matching;

namespace Snapback.Throughput;

/// <summary>
/// Building the match index over every bundled entity: time, and managed memory the index keeps alive. The baseline is the brute-force
/// matcher, which builds only the name catalog the index shares, so the ratio is the cost of candidate retrieval structures.
/// </summary>
internal static class IndexBench
{
    public static void Run(IReadOnlyList<ListedEntity> entities, HarnessOptions options, TextWriter output)
    {
        var index = Measure("MatchIndex.Build", options.Repetitions, () => MatchIndex.Build(entities));
        var brute = Measure("BruteForceMatcher.Build (name catalog only)", options.Repetitions, () => BruteForceMatcher.Build(entities));
        var built = MatchIndex.Build(entities);

        output.WriteLine("## index");
        output.WriteLine();
        output.WriteLine($"{Format.Count(built.EntityCount)} entities, {Format.Count(built.NameCount)} distinct names.");
        output.WriteLine();
        var table = new MarkdownTable("build", "median", "min", "× baseline", "retained managed memory", "× baseline", "allocated");
        foreach (var row in new[] { brute, index })
        {
            table.Add(
                row.Name + (row == brute ? " (baseline)" : string.Empty),
                Format.Milliseconds(row.MedianMs),
                Format.Milliseconds(row.MinMs),
                Format.Ratio(row.MedianMs / brute.MedianMs),
                Format.Megabytes(row.Retained),
                Format.Ratio((double)row.Retained / brute.Retained),
                Format.Megabytes(row.Allocated));
        }

        table.Write(output);
        output.WriteLine("Retained memory is GC.GetTotalMemory(true) after the build (result kept alive) minus before it; "
            + "the entities themselves are alive throughout and are not counted.");
        output.WriteLine();
    }

    // Not inlined, and one build per call: a loop would keep the previous build alive in its stack slot (unoptimised code
    // reports locals live for the whole method), and the next "before" would count it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double Milliseconds, long Retained, long Allocated) BuildOnce(Func<object> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var phase = new Phase();
        var result = build();
        phase.Dispose();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        return (phase.Milliseconds, retained, phase.Memory!.Allocated);
    }

    private static BuildFigures Measure(string name, int repetitions, Func<object> build)
    {
        var times = new List<double>();
        var retained = new List<long>();
        var allocated = new List<long>();
        for (var rep = 0; rep < repetitions; rep++)
        {
            Console.Error.WriteLine($"index: {name} {rep + 1}/{repetitions}");
            var (ms, kept, bytes) = BuildOnce(build);
            times.Add(ms);
            retained.Add(kept);
            allocated.Add(bytes);
        }

        return new BuildFigures(name, Stats.Median(times), times.Min(), Stats.Median(retained), Stats.Median(allocated));
    }
}
