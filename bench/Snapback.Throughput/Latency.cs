namespace Snapback.Throughput;

/// <summary>Per-query latency of one pass over a query set, in milliseconds.</summary>
internal sealed record Latency(double P50, double P99, double Mean)
{
    public static Latency Of(double[] milliseconds) =>
        new(Stats.Percentile(milliseconds, 0.50), Stats.Percentile(milliseconds, 0.99), milliseconds.Average());

    /// <summary>The median of each figure over the passes.</summary>
    public static Latency Median(IReadOnlyList<Latency> passes) =>
        new(
            Stats.Median(passes.Select(static p => p.P50)),
            Stats.Median(passes.Select(static p => p.P99)),
            Stats.Median(passes.Select(static p => p.Mean)));
}
