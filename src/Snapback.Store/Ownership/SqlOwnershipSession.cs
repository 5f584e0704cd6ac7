using System.Data.Common;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Ownership;
using Snapback.Store.Cases;

namespace Snapback.Store.Ownership;

/// <summary>One connection and one transaction over the ownership tables and the audit chain. Disposing without commit rolls back.</summary>
internal sealed class SqlOwnershipSession(DbConnection connection, DbTransaction transaction) : IOwnershipSession
{
    private readonly SessionTransaction scope = new(connection, transaction);

    public Task<long> InsertImportAsync(string? fileName, DateTimeOffset at, Actor actor, CancellationToken cancellationToken) =>
        OwnershipRows.InsertImportAsync(connection, transaction, fileName, at, actor, cancellationToken);

    public Task<EdgeWrite> SaveEdgeAsync(long importId, OwnershipEdge edge, CancellationToken cancellationToken) =>
        OwnershipRows.SaveEdgeAsync(connection, transaction, importId, edge, cancellationToken);

    public Task SavePartyAsync(OwnershipParty party, CancellationToken cancellationToken) =>
        OwnershipRows.SavePartyAsync(connection, transaction, party, cancellationToken);

    public Task<long> LastImportIdAsync(CancellationToken cancellationToken) => OwnershipRows.LastImportIdAsync(connection, transaction, cancellationToken);

    public IAsyncEnumerable<OwnershipEdge> ReadEdgesAsync(CancellationToken cancellationToken) =>
        OwnershipRows.ReadEdgesAsync(connection, transaction, cancellationToken);

    public IAsyncEnumerable<OwnershipParty> ReadPartiesAsync(CancellationToken cancellationToken) =>
        OwnershipRows.ReadPartiesAsync(connection, transaction, cancellationToken);

    public Task<AuditEntry> AppendAuditAsync(AuditDraft draft, CancellationToken cancellationToken) =>
        AuditRows.AppendAsync(connection, transaction, draft, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => scope.CommitAsync(this, cancellationToken);

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
