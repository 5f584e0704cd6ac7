namespace Snapback.Screening.Screen;

/// <summary>One party to screen, as the CLI, the API and the batch files give it.</summary>
/// <param name="Id">The caller's own reference, echoed in the result.</param>
/// <param name="Name">The name to screen; required.</param>
/// <param name="Kind">person, organization, vessel or aircraft; optional.</param>
/// <param name="BirthDate">YYYY-MM-DD, YYYY-MM or YYYY; optional.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code or a country name; optional.</param>
/// <param name="Identifiers">Passport, IMO, registration numbers…; optional.</param>
public sealed record PartyRequest(
    string? Id,
    string? Name,
    string? Kind = null,
    string? BirthDate = null,
    string? Country = null,
    IReadOnlyList<PartyIdentifier>? Identifiers = null);
