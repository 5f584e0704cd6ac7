namespace Snapback.Evaluation.Running;

/// <summary>A share of cases, with its 95% Wilson score interval.</summary>
/// <param name="Count">Cases that count (found, for recall; with a hit, for false alerts).</param>
/// <param name="Total">Cases.</param>
public sealed record Proportion(int Count, int Total)
{
    // The 97.5th percentile of the standard normal distribution, for a two-sided 95% interval.
    private const double Z = 1.959963984540054;

    /// <summary>Count / Total, or 0 when there are no cases.</summary>
    public double Rate => Total == 0 ? 0 : (double)Count / Total;

    /// <summary>Lower end of the 95% Wilson score interval.</summary>
    public double Low => Interval().Low;

    /// <summary>Upper end of the 95% Wilson score interval.</summary>
    public double High => Interval().High;

    // Wilson (1927): the interval of p for which the observed share is within Z standard errors; unlike p ± Z·se it stays
    // inside [0, 1] and is honest at 0 and 1 hits, which is where most of these shares sit.
    private (double Low, double High) Interval()
    {
        if (Total == 0)
        {
            return (0, 1);
        }

        var n = (double)Total;
        var p = Rate;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
