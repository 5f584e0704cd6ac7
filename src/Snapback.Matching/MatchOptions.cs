namespace Snapback.Matching;

/// <summary>How strict a screen is and how many hits it returns.</summary>
public sealed record MatchOptions
{
    /// <summary>
    /// The default threshold. It favours recall: on the independent evaluation's held-out half it finds 0.935 of perturbed listed
    /// names with 1.1% false alerts, where 0.86 keeps false alerts under 1% with recall 0.90, losing given names cut to initials
    /// and names met only through another script's consonants (docs/matching.md, <c>snapback eval</c>).
    /// </summary>
    public const double DefaultThreshold = 0.80;

    /// <summary>The lowest score reported as a hit. The default value is <see cref="DefaultThreshold"/>.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The most hits returned, best first. The default value is 10.</summary>
    public int MaxHits { get; init; } = 10;

    public static MatchOptions Default { get; } = new();
}
