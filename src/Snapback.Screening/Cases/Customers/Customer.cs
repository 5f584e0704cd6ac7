using System.Collections.Immutable;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Cases.Customers;

/// <summary>One customer of the portfolio as the caller keeps it: their id, what is screened, and free attributes that are not.</summary>
/// <param name="Id">The caller's own id; unique.</param>
/// <param name="Kind">person, organization, vessel or aircraft; optional.</param>
/// <param name="BirthDate">YYYY-MM-DD, YYYY-MM or YYYY; optional.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code or a country name; optional.</param>
/// <param name="Attributes">Anything else the caller keeps (segment, branch…): stored and shown, never screened.</param>
public sealed record Customer(
    string Id,
    string Name,
    string? Kind,
    string? BirthDate,
    string? Country,
    ImmutableArray<PartyIdentifier> Identifiers,
    ImmutableSortedDictionary<string, string> Attributes)
{
    /// <summary>The party the customer is screened as.</summary>
    public PartyRequest ToRequest() =>
        new(Id, Name, Kind, BirthDate, Country, Identifiers.IsDefaultOrEmpty ? null : Identifiers);
}
