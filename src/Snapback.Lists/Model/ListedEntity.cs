using System.Collections.Immutable;

namespace Snapback.Lists.Model;

/// <summary>One listed party in one list publication, in the model every list format is parsed into.</summary>
/// <param name="Id">Stable, source-qualified id: <c>ofac:&lt;uid&gt;</c>, <c>un:&lt;REFERENCE_NUMBER&gt;</c>, <c>eu:&lt;logicalId&gt;</c>, <c>uk:&lt;id&gt;</c>.</param>
/// <param name="Source">The list it comes from, one of <see cref="ListSources"/>.</param>
/// <param name="Kind">Person, organisation, vessel or aircraft.</param>
/// <param name="Names">Every name; the first is the primary name.</param>
/// <param name="ListedOn">Date of (first) listing, where the list gives it.</param>
/// <param name="OfsiGroupId">
/// The OFSI Group ID an FCDO UK Sanctions List designation carries: the id (<c>uk:&lt;Group ID&gt;</c>) the same listing had on the
/// OFSI Consolidated List, which the FCDO list replaced. Null for every other list.
/// </param>
/// <param name="InForceUntil">
/// The last day the listing is in force, where the list gives one (a denial order's end date): after it, screening as of a later
/// date leaves the entity out, though it is still in the snapshot. Null when the listing has no end.
/// </param>
public sealed record ListedEntity(
    string Id,
    string Source,
    EntityKind Kind,
    ImmutableArray<EntityName> Names,
    ImmutableArray<BirthDate> BirthDates,
    ImmutableArray<string> PlacesOfBirth,
    ImmutableArray<string> Nationalities,
    ImmutableArray<string> Citizenships,
    ImmutableArray<Address> Addresses,
    ImmutableArray<Identifier> Identifiers,
    ImmutableArray<string> Programs,
    DateOnly? ListedOn,
    string? Remarks,
    ImmutableArray<string> LinkedTo,
    string? Gender = null,
    string? Title = null,
    VesselDetails? Vessel = null,
    string? OfsiGroupId = null,
    DateOnly? InForceUntil = null)
{
    /// <summary>The primary name.</summary>
    public string PrimaryName => Names.IsDefaultOrEmpty ? Id : Names[0].Full;

    /// <summary>False once <paramref name="day"/> is past <see cref="InForceUntil"/>.</summary>
    public bool InForceOn(DateOnly day) => InForceUntil is not { } until || day <= until;
}
