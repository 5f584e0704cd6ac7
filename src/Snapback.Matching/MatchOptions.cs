namespace Snapback.Matching;

/// <summary>How strict a screen is and how many hits it returns.</summary>
public sealed record MatchOptions
{
    /// <summary>The default threshold, chosen from the evaluation sweep (docs/matching.md).</summary>
    public const double DefaultThreshold = 0.80;

    /// <summary>The lowest score reported as a hit. The default value is <see cref="DefaultThreshold"/>.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The most hits returned, best first. The default value is 10.</summary>
    public int MaxHits { get; init; } = 10;

    public static MatchOptions Default { get; } = new();
}
