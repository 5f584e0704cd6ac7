namespace Snapback.Screening.Ownership;

/// <summary>An ownership row that was not imported, and why; the other rows were.</summary>
public sealed record OwnershipRowError(long Line, string Error);
