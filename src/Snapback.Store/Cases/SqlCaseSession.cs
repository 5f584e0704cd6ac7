using System.Data.Common;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Store.Cases;

/// <summary>One connection and one transaction; every read and write of a use case goes through it. Disposing without commit rolls back.</summary>
internal sealed class SqlCaseSession(DbConnection connection, DbTransaction transaction) : ICaseSession
{
    private bool done;

    /// <summary>The session's connection, for other tables written in the same transaction.</summary>
    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public Task<StoredCustomer?> GetCustomerAsync(string id, CancellationToken cancellationToken) =>
        CustomerRows.GetAsync(connection, transaction, id, cancellationToken);

    public Task SaveCustomerAsync(StoredCustomer customer, CancellationToken cancellationToken) =>
        CustomerRows.SaveAsync(connection, transaction, customer, cancellationToken);

    public Task<IReadOnlyList<StoredCustomer>> CustomerHistoryAsync(string id, CancellationToken cancellationToken) =>
        CustomerRows.HistoryAsync(connection, transaction, id, cancellationToken);

    public Task<IReadOnlyList<StoredCustomer>> ListCustomersAsync(string? afterId, int limit, CancellationToken cancellationToken) =>
        CustomerRows.ListAsync(connection, transaction, afterId, limit, cancellationToken);

    public Task<Alert?> GetAlertAsync(long id, CancellationToken cancellationToken) => AlertRows.GetAsync(connection, transaction, id, cancellationToken);

    public Task<Alert?> FindOpenAlertAsync(string customerId, string entityId, CancellationToken cancellationToken) =>
        AlertRows.FindOpenAsync(connection, transaction, customerId, entityId, cancellationToken);

    public Task<long> InsertAlertAsync(Alert alert, CancellationToken cancellationToken) =>
        AlertRows.InsertAsync(connection, transaction, alert, cancellationToken);

    public Task UpdateAlertAsync(Alert alert, CancellationToken cancellationToken) =>
        AlertRows.UpdateAsync(connection, transaction, alert, cancellationToken);

    public Task<IReadOnlyList<Alert>> ListAlertsAsync(AlertFilter filter, CancellationToken cancellationToken) =>
        AlertRows.ListAsync(connection, transaction, filter, cancellationToken);

    public Task<long> InsertProposalAsync(Proposal proposal, CancellationToken cancellationToken) =>
        ProposalRows.InsertAsync(connection, transaction, proposal, cancellationToken);

    public Task UpdateProposalAsync(Proposal proposal, CancellationToken cancellationToken) =>
        ProposalRows.UpdateAsync(connection, transaction, proposal, cancellationToken);

    public Task<IReadOnlyList<Proposal>> ProposalsAsync(long alertId, CancellationToken cancellationToken) =>
        ProposalRows.OfAlertAsync(connection, transaction, alertId, cancellationToken);

    public Task<IReadOnlyList<Proposal>> PendingProposalsAsync(CancellationToken cancellationToken) =>
        ProposalRows.PendingAsync(connection, transaction, cancellationToken);

    public Task<long> InsertCommentAsync(Comment comment, CancellationToken cancellationToken) =>
        ProposalRows.InsertCommentAsync(connection, transaction, comment, cancellationToken);

    public Task<IReadOnlyList<Comment>> CommentsAsync(long alertId, CancellationToken cancellationToken) =>
        ProposalRows.CommentsAsync(connection, transaction, alertId, cancellationToken);

    public Task<Suppression?> FindSuppressionAsync(string customerId, string entityId, CancellationToken cancellationToken) =>
        SuppressionRows.FindAsync(connection, transaction, customerId, entityId, cancellationToken);

    public Task SaveSuppressionAsync(Suppression suppression, CancellationToken cancellationToken) =>
        SuppressionRows.SaveAsync(connection, transaction, suppression, cancellationToken);

    public Task DeleteSuppressionAsync(string customerId, string entityId, CancellationToken cancellationToken) =>
        SuppressionRows.DeleteAsync(connection, transaction, customerId, entityId, cancellationToken);

    public Task<AuditEntry> AppendAuditAsync(AuditDraft draft, CancellationToken cancellationToken) =>
        AuditRows.AppendAsync(connection, transaction, draft, cancellationToken);

    public Task<AuditHead?> AuditHeadAsync(CancellationToken cancellationToken) => AuditRows.HeadAsync(connection, transaction, cancellationToken);

    public IAsyncEnumerable<AuditEntry> ReadAuditAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        AuditRows.ReadAsync(connection, transaction, from, to, cancellationToken);

    public Task InsertKeyAsync(AccessKey key, string sha256, CancellationToken cancellationToken) =>
        KeyRows.InsertAsync(connection, transaction, key, sha256, cancellationToken);

    public Task<AccessKey?> FindKeyAsync(KeyLookup by, string value, CancellationToken cancellationToken) =>
        KeyRows.FindAsync(connection, transaction, by, value, cancellationToken);

    public Task<IReadOnlyList<AccessKey>> ListKeysAsync(CancellationToken cancellationToken) =>
        KeyRows.ListAsync(connection, transaction, cancellationToken);

    public Task<bool> RevokeKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        KeyRows.RevokeAsync(connection, transaction, id, at, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(done, this);
        await transaction.CommitAsync(cancellationToken);
        done = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!done)
            {
                done = true;
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // The connection broke, and the server or file has already dropped the transaction with it.
        }
        finally
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
