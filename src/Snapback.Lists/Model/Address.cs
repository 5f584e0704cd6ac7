namespace Snapback.Lists.Model;

/// <summary>A postal address of a listed party; any part may be missing.</summary>
/// <param name="Street">Street lines joined with ", ".</param>
/// <param name="City">City, with state/province and postal code where given.</param>
/// <param name="Country">Country name as the list gives it.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code resolved from <paramref name="Country"/>, where known.</param>
public sealed record Address(string? Street, string? City, string? Country, string? CountryCode);
