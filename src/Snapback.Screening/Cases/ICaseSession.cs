using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Screening.Cases;

/// <summary>One transaction over the case store (see <see cref="ICaseStore"/>).</summary>
public interface ICaseSession : IAsyncDisposable
{
    /// <summary>The customer's latest version (a deleted one included), or null when the id was never imported.</summary>
    Task<StoredCustomer?> GetCustomerAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores a new version of a customer and makes it the latest; <see cref="StoredCustomer.Version"/> must be one more than the last.</summary>
    Task SaveCustomerAsync(StoredCustomer customer, CancellationToken cancellationToken);

    /// <summary>Every version of a customer, oldest first.</summary>
    Task<IReadOnlyList<StoredCustomer>> CustomerHistoryAsync(string id, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> customers not deleted, by id (ordinal), after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<StoredCustomer>> ListCustomersAsync(string? afterId, int limit, CancellationToken cancellationToken);

    Task<Alert?> GetAlertAsync(long id, CancellationToken cancellationToken);

    /// <summary>The alert on this pair that is not closed, or null.</summary>
    Task<Alert?> FindOpenAlertAsync(string customerId, string entityId, CancellationToken cancellationToken);

    /// <summary>Stores a new alert and returns its id.</summary>
    Task<long> InsertAlertAsync(Alert alert, CancellationToken cancellationToken);

    /// <summary>Replaces the stored alert with the same id.</summary>
    Task UpdateAlertAsync(Alert alert, CancellationToken cancellationToken);

    Task<IReadOnlyList<Alert>> ListAlertsAsync(AlertFilter filter, CancellationToken cancellationToken);

    Task<long> InsertProposalAsync(Proposal proposal, CancellationToken cancellationToken);

    Task UpdateProposalAsync(Proposal proposal, CancellationToken cancellationToken);

    /// <summary>Every proposal on an alert, oldest first.</summary>
    Task<IReadOnlyList<Proposal>> ProposalsAsync(long alertId, CancellationToken cancellationToken);

    /// <summary>Every proposal waiting for approval, oldest first.</summary>
    Task<IReadOnlyList<Proposal>> PendingProposalsAsync(CancellationToken cancellationToken);

    Task<long> InsertCommentAsync(Comment comment, CancellationToken cancellationToken);

    /// <summary>Every comment on an alert, oldest first.</summary>
    Task<IReadOnlyList<Comment>> CommentsAsync(long alertId, CancellationToken cancellationToken);

    Task<Suppression?> FindSuppressionAsync(string customerId, string entityId, CancellationToken cancellationToken);

    /// <summary>Stores the pair's suppression, replacing any earlier one.</summary>
    Task SaveSuppressionAsync(Suppression suppression, CancellationToken cancellationToken);

    Task DeleteSuppressionAsync(string customerId, string entityId, CancellationToken cancellationToken);

    /// <summary>Appends a row to the audit trail, chained to the last one (see <see cref="AuditChain"/>).</summary>
    Task<AuditEntry> AppendAuditAsync(AuditDraft draft, CancellationToken cancellationToken);

    /// <summary>The last row of the chain as recorded beside it, or null for an empty trail.</summary>
    Task<AuditHead?> AuditHeadAsync(CancellationToken cancellationToken);

    /// <summary>Audit rows in sequence order, those at or after <paramref name="from"/> and before <paramref name="to"/> when given.</summary>
    IAsyncEnumerable<AuditEntry> ReadAuditAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);

    /// <summary>Stores a new key with the SHA-256 of its secret.</summary>
    Task InsertKeyAsync(AccessKey key, string sha256, CancellationToken cancellationToken);

    /// <summary>The active (not revoked) key with this id, name or secret hash (the newest when names repeat), or null.</summary>
    Task<AccessKey?> FindKeyAsync(KeyLookup by, string value, CancellationToken cancellationToken);

    /// <summary>Every key, newest first, revoked ones included.</summary>
    Task<IReadOnlyList<AccessKey>> ListKeysAsync(CancellationToken cancellationToken);

    /// <summary>Marks an active key revoked; false when there is none with that id.</summary>
    Task<bool> RevokeKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Commits every write of the session.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
