namespace Snapback.Screening.Ownership;

/// <summary>
/// Where holdings, free parties and their imports live, beside the cases and the audit trail in the same database: an import's
/// holdings and its audit row commit together. Implemented for SQLite and PostgreSQL in Snapback.Store.
/// </summary>
public interface IOwnershipStore
{
    /// <summary>A session that writes; writing sessions run one at a time, as for <see cref="Cases.ICaseStore.BeginAsync"/>.</summary>
    Task<IOwnershipSession> BeginAsync(CancellationToken cancellationToken);

    /// <summary>A session that only reads, over one consistent view.</summary>
    Task<IOwnershipSession> BeginReadAsync(CancellationToken cancellationToken);
}
