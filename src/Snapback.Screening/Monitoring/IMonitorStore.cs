using Snapback.Screening.Cases;

namespace Snapback.Screening.Monitoring;

/// <summary>
/// Where monitoring runs live, beside the cases: their reads and writes go through a case session, so a page of alerts and the run's
/// cursor commit together. Implemented for SQLite and PostgreSQL in Snapback.Store.
/// </summary>
public interface IMonitorStore
{
    /// <summary>The runs, read and written in <paramref name="session"/>'s transaction.</summary>
    IMonitorRuns Runs(ICaseSession session);
}
