using Snapback.Lists.Model;

namespace Snapback.Lists.UsCsl;

/// <summary>The CSL's id labels ("Passport", "SWIFT/BIC", "IMO", …) mapped to the model's identifier kinds.</summary>
internal static class CslIdentifiers
{
    public static Identifier Of(string? label, string number, string? country)
    {
        var text = label ?? "";
        var type =
            text.Contains("passport", StringComparison.OrdinalIgnoreCase) ? IdentifierType.Passport
            : text.Contains("national id", StringComparison.OrdinalIgnoreCase) ? IdentifierType.NationalId
            : text.Contains("tax id", StringComparison.OrdinalIgnoreCase) ? IdentifierType.TaxId
            : text.Contains("swift", StringComparison.OrdinalIgnoreCase) ? IdentifierType.SwiftBic
            : text.Contains("mmsi", StringComparison.OrdinalIgnoreCase) ? IdentifierType.Mmsi
            : text.Contains("imo", StringComparison.OrdinalIgnoreCase) || text.Contains("vessel registration", StringComparison.OrdinalIgnoreCase)
                ? IdentifierType.Imo
            : text.Contains("digital currency", StringComparison.OrdinalIgnoreCase) ? IdentifierType.DigitalCurrencyAddress
            : text.Contains("email", StringComparison.OrdinalIgnoreCase) ? IdentifierType.Email
            : text.Contains("website", StringComparison.OrdinalIgnoreCase) ? IdentifierType.Website
            : text.Contains("registration", StringComparison.OrdinalIgnoreCase) || text.Contains("company number", StringComparison.OrdinalIgnoreCase)
                ? IdentifierType.Registration
            : IdentifierType.Other;
        return new Identifier(type, number, string.IsNullOrWhiteSpace(country) ? null : country, label);
    }
}
