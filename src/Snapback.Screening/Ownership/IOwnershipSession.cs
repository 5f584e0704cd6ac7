using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Ownership;

/// <summary>One transaction over the ownership tables and the audit trail (see <see cref="IOwnershipStore"/>).</summary>
public interface IOwnershipSession : IAsyncDisposable
{
    /// <summary>Records an import and returns its id.</summary>
    Task<long> InsertImportAsync(string? fileName, DateTimeOffset at, Cases.Actor actor, CancellationToken cancellationToken);

    /// <summary>Stores the holding as the current one of its (owner, owned) pair, as a new version when it differs from the last.</summary>
    Task<EdgeWrite> SaveEdgeAsync(long importId, OwnershipEdge edge, CancellationToken cancellationToken);

    /// <summary>Stores a free party and its link, replacing the party's earlier row.</summary>
    Task SavePartyAsync(OwnershipParty party, CancellationToken cancellationToken);

    /// <summary>The id of the last import, or 0 before the first: holdings change only with an import.</summary>
    Task<long> LastImportIdAsync(CancellationToken cancellationToken);

    /// <summary>Every current holding.</summary>
    IAsyncEnumerable<OwnershipEdge> ReadEdgesAsync(CancellationToken cancellationToken);

    /// <summary>Every free party.</summary>
    IAsyncEnumerable<OwnershipParty> ReadPartiesAsync(CancellationToken cancellationToken);

    /// <summary>Appends a row to the audit trail, in this transaction.</summary>
    Task<AuditEntry> AppendAuditAsync(AuditDraft draft, CancellationToken cancellationToken);

    /// <summary>Commits every write of the session.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
