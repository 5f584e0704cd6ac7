namespace Snapback.Screening.Cases.Decisions;

/// <summary>What an analyst proposes an alert is.</summary>
public enum Decision
{
    /// <summary>The customer is the listed entity: the alert closes as a match.</summary>
    TrueMatch,

    /// <summary>The customer is not the listed entity: the alert closes and the pair is suppressed until either side changes.</summary>
    FalsePositive,

    /// <summary>More information is needed: the alert stays open.</summary>
    NeedsInfo,
}
