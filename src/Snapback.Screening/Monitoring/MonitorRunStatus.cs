namespace Snapback.Screening.Monitoring;

/// <summary>Where a monitoring run stands.</summary>
public enum MonitorRunStatus
{
    /// <summary>Recorded with its snapshot, not started.</summary>
    Pending,

    /// <summary>Started; its cursor says how far it got, and the next run of the monitor resumes it there.</summary>
    Running,

    /// <summary>Every phase done and its summary in the audit trail.</summary>
    Completed,
}
