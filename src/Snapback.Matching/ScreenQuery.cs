using System.Collections.Immutable;
using Snapback.Lists.Model;

namespace Snapback.Matching;

/// <summary>A name to screen, with optional secondary evidence.</summary>
/// <param name="BirthDate">"1952-10-07", "1952-10" or "1952".</param>
/// <param name="Country">ISO 3166 alpha-2 code or country name.</param>
public sealed record ScreenQuery(
    string Name,
    EntityKind? Kind = null,
    string? BirthDate = null,
    string? Country = null,
    ImmutableArray<QueryIdentifier> Identifiers = default);
