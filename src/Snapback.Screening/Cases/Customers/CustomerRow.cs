namespace Snapback.Screening.Cases.Customers;

/// <summary>One row of a customer file: a customer to insert or update, an id to delete, or why the row could not be read.</summary>
/// <param name="Line">The 1-based line the row starts on.</param>
/// <param name="Id">The customer's id when it could be read, also on rows in error.</param>
/// <param name="Record">The customer to insert or update; null for a delete or an error.</param>
/// <param name="Delete">True when the row asks to delete <paramref name="Id"/> (<c>action</c> = <c>delete</c>).</param>
public sealed record CustomerRow(long Line, string? Id, Customer? Record, bool Delete, string? Error);
