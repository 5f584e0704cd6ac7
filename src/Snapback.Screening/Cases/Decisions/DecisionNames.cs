namespace Snapback.Screening.Cases.Decisions;

/// <summary>The decision names as the command line, the API and the store write them.</summary>
public static class DecisionNames
{
    public static string Name(Decision decision) => decision switch
    {
        Decision.TrueMatch => "true-match",
        Decision.FalsePositive => "false-positive",
        Decision.NeedsInfo => "needs-info",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "unknown decision"),
    };

    /// <summary><c>true-match</c>, <c>false-positive</c> or <c>needs-info</c> (underscores accepted), or null.</summary>
    public static Decision? Parse(string? text) => text?.Trim().Replace('_', '-').ToLowerInvariant() switch
    {
        "true-match" => Decision.TrueMatch,
        "false-positive" => Decision.FalsePositive,
        "needs-info" => Decision.NeedsInfo,
        _ => null,
    };
}
