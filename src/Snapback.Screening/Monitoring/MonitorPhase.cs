namespace Snapback.Screening.Monitoring;

/// <summary>The steps of a monitoring run, in order; a run's cursor counts within its current phase.</summary>
public enum MonitorPhase
{
    /// <summary>Closing the open alerts of entities the list no longer holds; the cursor is the last entity id done.</summary>
    Removed,

    /// <summary>Screening every customer against the added and changed entities; the cursor is the last customer id done.</summary>
    Entities,

    /// <summary>Screening the customers added or changed since the last run against every list in force; the cursor is the last customer id done.</summary>
    Customers,

    /// <summary>
    /// Recomputing blocking by ownership downstream of the added, changed and removed listings, and alerting on the customers it
    /// newly blocks; no cursor (done again in full when resumed, which raises nothing twice).
    /// </summary>
    Ownership,

    /// <summary>Nothing left to do.</summary>
    Done,
}
