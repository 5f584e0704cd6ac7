namespace Snapback.Screening.Cases.Customers;

/// <summary>A customer row that was not imported, and why; the other rows were.</summary>
public sealed record CustomerRowError(long Line, string? Id, string Error);
