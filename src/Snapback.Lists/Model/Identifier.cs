namespace Snapback.Lists.Model;

/// <summary>An identifier of a listed party.</summary>
/// <param name="Type">Normalised kind.</param>
/// <param name="Value">The number as published.</param>
/// <param name="Country">Issuing country (name or code as the list gives it), where given.</param>
/// <param name="Label">The list's own label, e.g. "Passport", "Vessel Registration Identification", "C.R. No.".</param>
public sealed record Identifier(IdentifierType Type, string Value, string? Country = null, string? Label = null);
