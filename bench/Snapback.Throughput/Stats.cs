namespace Snapback.Throughput;

/// <summary>Medians and percentiles of measured values.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values) => Percentile(values.ToArray(), 0.5);

    public static long Median(IEnumerable<long> values) => (long)Median(values.Select(static v => (double)v));

    /// <summary>The <paramref name="p"/>-quantile (0–1) by linear interpolation between the closest ranks.</summary>
    public static double Percentile(double[] values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Length);
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    public static double ElapsedMs(long startTimestamp) => System.Diagnostics.Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
