using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>What an ownership import did.</summary>
/// <param name="ImportId">The import's id: each holding it wrote carries it.</param>
/// <param name="Inserted">Holdings of new (owner, owned) pairs.</param>
/// <param name="Updated">Holdings that replaced an earlier one of the same pair (a new version).</param>
/// <param name="Unchanged">Holdings the store already held as given.</param>
/// <param name="Rejected">Rows refused; may exceed the length of <paramref name="Errors"/>.</param>
/// <param name="Parties">Free parties named, with the listed entity each name was linked to (or none).</param>
public sealed record OwnershipImportResult(
    long ImportId, long Inserted, long Updated, long Unchanged, long Rejected, ImmutableArray<OwnershipRowError> Errors,
    ImmutableArray<OwnershipParty> Parties, long AuditSeq);
