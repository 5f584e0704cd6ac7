using Snapback.Screening.Cases;
using Snapback.Screening.Monitoring;
using Snapback.Store.Cases;

namespace Snapback.Store.Monitoring;

/// <summary>Monitoring runs in the store's own database, the same SQL for SQLite and PostgreSQL.</summary>
internal sealed class SqlMonitorStore : IMonitorStore
{
    public IMonitorRuns Runs(ICaseSession session) => session is SqlCaseSession sql
        ? new SqlMonitorRuns(sql.Connection, sql.Transaction)
        : throw new ArgumentException("the session is not one of this store's", nameof(session));
}
