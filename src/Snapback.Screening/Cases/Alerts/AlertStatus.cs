namespace Snapback.Screening.Cases.Alerts;

/// <summary>Where an alert stands. Open, Proposed and NeedsInfo are open (one per customer and entity); Closed is decided.</summary>
public enum AlertStatus
{
    /// <summary>Waiting for an analyst's proposal (new, or a proposal was rejected).</summary>
    Open,

    /// <summary>A proposal waits for a second person with the approver role.</summary>
    Proposed,

    /// <summary>Approved as needing information: open until someone proposes again.</summary>
    NeedsInfo,

    /// <summary>Approved as a true match or a false positive.</summary>
    Closed,
}
