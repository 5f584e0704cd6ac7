using System.Collections.Immutable;

namespace Snapback.Screening.Cases.Customers;

/// <summary>What an import did: counts of each outcome and the rows refused (the first <see cref="CustomerImporter.MaxErrorsKept"/>).</summary>
/// <param name="Rejected">Rows not imported; may exceed the length of <paramref name="Errors"/>.</param>
public sealed record CustomerImportResult(
    long Inserted, long Updated, long Deleted, long Unchanged, long Rejected, ImmutableArray<CustomerRowError> Errors, long AuditSeq);
