namespace Snapback.Screening.Cases;

/// <summary>
/// Where customers, alerts, decisions, suppressions and the audit trail live. A use case opens one session, does all its reads and
/// writes through it, and commits once: the decision and its audit row are written together or not at all. Implemented for SQLite
/// and PostgreSQL in Snapback.Store.
/// </summary>
public interface ICaseStore
{
    /// <summary>
    /// A session that writes. Writing sessions run one at a time across every process sharing the store, so the audit chain never
    /// forks and a rule checked in the session still holds at commit. Disposing without <see cref="ICaseSession.CommitAsync"/> rolls back.
    /// </summary>
    Task<ICaseSession> BeginAsync(CancellationToken cancellationToken);

    /// <summary>A session that only reads, over one consistent view of the store; it never waits for writers.</summary>
    Task<ICaseSession> BeginReadAsync(CancellationToken cancellationToken);
}
