using Snapback.Lists.Model;

namespace Snapback.Matching;

/// <summary>An identifier given with a query (passport, IMO, registration number...); the type is optional.</summary>
public sealed record QueryIdentifier(string Value, IdentifierType? Type = null);
