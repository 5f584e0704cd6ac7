namespace Snapback.Lists.Model;

/// <summary>Kinds of identifier lists carry. <see cref="Other"/> keeps the list's own label in <see cref="Identifier.Label"/>.</summary>
public enum IdentifierType
{
    Passport,
    NationalId,
    TaxId,
    Registration,
    Imo,
    Mmsi,
    CallSign,
    SwiftBic,
    AircraftSerial,
    AircraftTail,
    Email,
    Website,
    DigitalCurrencyAddress,
    Other,
}
