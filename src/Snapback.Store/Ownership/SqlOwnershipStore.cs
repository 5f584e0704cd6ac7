using Snapback.Screening.Ownership;
using Snapback.Store.Cases;

namespace Snapback.Store.Ownership;

/// <summary>The ownership store over the case store's database: a session opens its transaction exactly as a case session does.</summary>
internal sealed class SqlOwnershipStore(SqlCaseStore cases) : IOwnershipStore
{
    public Task<IOwnershipSession> BeginAsync(CancellationToken cancellationToken) => OpenAsync(write: true, cancellationToken);

    public Task<IOwnershipSession> BeginReadAsync(CancellationToken cancellationToken) => OpenAsync(write: false, cancellationToken);

    private async Task<IOwnershipSession> OpenAsync(bool write, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await cases.OpenTransactionAsync(write, cancellationToken);
        return new SqlOwnershipSession(connection, transaction);
    }
}
