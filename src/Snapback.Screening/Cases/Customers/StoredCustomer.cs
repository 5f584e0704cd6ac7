namespace Snapback.Screening.Cases.Customers;

/// <summary>One version of a customer as stored; every change adds a version and keeps the ones before.</summary>
/// <param name="Version">1 for the first import, one more for each change.</param>
/// <param name="Hash">SHA-256 of the screened fields (<see cref="CustomerJson.ScreenedHash"/>): equal hashes screen the same.</param>
/// <param name="Deleted">True for the version that removed the customer.</param>
public sealed record StoredCustomer(Customer Record, int Version, string Hash, DateTimeOffset ChangedAt, bool Deleted, string ChangedBy);
