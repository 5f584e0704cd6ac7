namespace Snapback.Screening.Ownership;

/// <summary>One row of an ownership file: a holding, or the error that kept it out.</summary>
/// <param name="Line">The row's line in the file (1-based; for CSV, the line it starts on).</param>
public sealed record OwnershipRow(long Line, OwnershipPartyRef? Owner, OwnershipPartyRef? Owned, OwnershipEdge? Edge, string? Error);
