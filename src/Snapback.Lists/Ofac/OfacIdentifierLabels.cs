using Snapback.Lists.Model;

namespace Snapback.Lists.Ofac;

/// <summary>
/// The identifier labels OFAC uses, in the CSV remarks ("Passport A123 (Iran)") and as XML <c>idType</c>, with their normalised kind.
/// A label not listed here is not treated as an identifier: its text stays in the remarks, so nothing is lost or mis-typed.
/// </summary>
internal static class OfacIdentifierLabels
{
    private static readonly Dictionary<string, IdentifierType> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Passport"] = IdentifierType.Passport,
        ["Diplomatic Passport"] = IdentifierType.Passport,
        ["Travel Document Number"] = IdentifierType.Passport,
        ["National ID No."] = IdentifierType.NationalId,
        ["National Foreign ID Number"] = IdentifierType.NationalId,
        ["Personal ID Card"] = IdentifierType.NationalId,
        ["Cedula No."] = IdentifierType.NationalId,
        ["D.N.I."] = IdentifierType.NationalId,
        ["C.U.R.P."] = IdentifierType.NationalId,
        ["C.U.R.P. #"] = IdentifierType.NationalId,
        ["CURP #"] = IdentifierType.NationalId,
        ["SSN"] = IdentifierType.NationalId,
        ["Turkish Identification Number"] = IdentifierType.NationalId,
        ["Numero de Identidad"] = IdentifierType.NationalId,
        ["Kenyan ID No."] = IdentifierType.NationalId,
        ["Tazkira National ID Card"] = IdentifierType.NationalId,
        ["Citizen's Card Number"] = IdentifierType.NationalId,
        ["Credencial electoral"] = IdentifierType.NationalId,
        ["Electoral Registry No."] = IdentifierType.NationalId,
        ["Identification Number"] = IdentifierType.NationalId,
        ["Tax ID No."] = IdentifierType.TaxId,
        ["NIT #"] = IdentifierType.TaxId,
        ["RUC #"] = IdentifierType.TaxId,
        ["R.F.C."] = IdentifierType.TaxId,
        ["RFC"] = IdentifierType.TaxId,
        ["RTN"] = IdentifierType.TaxId,
        ["V.A.T. Number"] = IdentifierType.TaxId,
        ["Italian Fiscal Code"] = IdentifierType.TaxId,
        ["US FEIN"] = IdentifierType.TaxId,
        ["C.U.I.T."] = IdentifierType.TaxId,
        ["C.U.I."] = IdentifierType.TaxId,
        ["Registration Number"] = IdentifierType.Registration,
        ["Registration ID"] = IdentifierType.Registration,
        ["Business Registration Number"] = IdentifierType.Registration,
        ["Business Registration Document #"] = IdentifierType.Registration,
        ["Business Number"] = IdentifierType.Registration,
        ["Commercial Registry Number"] = IdentifierType.Registration,
        ["Company Number"] = IdentifierType.Registration,
        ["UK Company Number"] = IdentifierType.Registration,
        ["C.R. No."] = IdentifierType.Registration,
        ["Trade License No."] = IdentifierType.Registration,
        ["License"] = IdentifierType.Registration,
        ["Folio Mercantil No."] = IdentifierType.Registration,
        ["Matricula Mercantil No"] = IdentifierType.Registration,
        ["Public Registration Number"] = IdentifierType.Registration,
        ["Government Gazette Number"] = IdentifierType.Registration,
        ["Unified Social Credit Code (USCC)"] = IdentifierType.Registration,
        ["United Social Credit Code Certificate (USCCC)"] = IdentifierType.Registration,
        ["Legal Entity Number"] = IdentifierType.Registration,
        ["Economic Register Number (CBLS)"] = IdentifierType.Registration,
        ["Central Registration System Number"] = IdentifierType.Registration,
        ["Chamber of Commerce Number"] = IdentifierType.Registration,
        ["Istanbul Chamber of Comm. No."] = IdentifierType.Registration,
        ["Dubai Chamber of Commerce Membership No."] = IdentifierType.Registration,
        ["Certificate of Incorporation Number"] = IdentifierType.Registration,
        ["Registered Charity No."] = IdentifierType.Registration,
        ["Enterprise Number"] = IdentifierType.Registration,
        ["Branch Unit Number"] = IdentifierType.Registration,
        ["D-U-N-S Number"] = IdentifierType.Registration,
        ["Chinese Commercial Code"] = IdentifierType.Registration,
        ["Romanian C.R."] = IdentifierType.Registration,
        ["Vessel Registration Identification"] = IdentifierType.Imo,
        ["IMO"] = IdentifierType.Imo,
        ["MMSI"] = IdentifierType.Mmsi,
        ["Call Sign"] = IdentifierType.CallSign,
        ["SWIFT/BIC"] = IdentifierType.SwiftBic,
        ["Aircraft Manufacturer's Serial Number (MSN)"] = IdentifierType.AircraftSerial,
        ["Aircraft Construction Number (also called L/N or S/N or F/N)"] = IdentifierType.AircraftSerial,
        ["Aircraft Serial Identification"] = IdentifierType.AircraftSerial,
        ["Aircraft Tail Number"] = IdentifierType.AircraftTail,
        ["Email Address"] = IdentifierType.Email,
        ["Email"] = IdentifierType.Email,
        ["Website"] = IdentifierType.Website,
        ["Birth Certificate Number"] = IdentifierType.Other,
        ["Driver's License No."] = IdentifierType.Other,
        ["Residency Number"] = IdentifierType.Other,
        ["BIK (RU)"] = IdentifierType.Other,
        ["ISIN"] = IdentifierType.Other,
        ["Phone Number"] = IdentifierType.Other,
        ["Telephone No."] = IdentifierType.Other,
    };

    /// <summary>Labels longest first, so "C.U.R.P. #" wins over "C.U.R.P." when a remark is matched by prefix.</summary>
    private static readonly string[] ByLength = [.. Known.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];

    private const string DigitalCurrency = "Digital Currency Address - ";

    /// <summary>The kind of an XML <c>idType</c>, or null when the label is information rather than an identifier.</summary>
    public static IdentifierType? Classify(string label)
    {
        if (label.StartsWith(DigitalCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return IdentifierType.DigitalCurrencyAddress;
        }

        return Known.TryGetValue(label.Trim(), out var type) ? type : null;
    }

    /// <summary>Splits a remark like "Passport A123 (Iran)" into a known label and the rest; false when no known label starts it.</summary>
    public static bool TrySplit(string remark, out string label, out string rest)
    {
        if (remark.StartsWith(DigitalCurrency, StringComparison.OrdinalIgnoreCase))
        {
            var space = remark.IndexOf(' ', DigitalCurrency.Length);
            if (space > 0)
            {
                label = remark[..space];
                rest = remark[(space + 1)..].Trim();
                return rest.Length > 0;
            }
        }

        foreach (var candidate in ByLength)
        {
            if (remark.Length > candidate.Length + 1
                && remark.StartsWith(candidate, StringComparison.Ordinal)
                && remark[candidate.Length] == ' ')
            {
                label = candidate;
                rest = remark[(candidate.Length + 1)..].Trim();
                return rest.Length > 0;
            }
        }

        label = rest = "";
        return false;
    }

    /// <summary>
    /// Builds the identifier from a label and its published value, reading "(Country)" and dropping "issued …"/"expires …" dates;
    /// a value "IMO 1234567" under any label is an IMO number. Null when the label is not an identifier.
    /// </summary>
    public static Identifier? Create(string label, string value, string? country)
    {
        if (Classify(label) is not { } type)
        {
            return null;
        }

        var text = value.Trim();
        foreach (var marker in (string[])[" issued ", " expires ", " Expires "])
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at].TrimEnd();
            }
        }

        if (country is null && text.EndsWith(')') && text.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            country = text[(open + 2)..^1].Trim();
            text = text[..open].TrimEnd();
        }

        if (text.StartsWith("IMO ", StringComparison.Ordinal))
        {
            type = IdentifierType.Imo;
            text = text[4..].Trim();
        }

        return text.Length == 0 ? null : new Identifier(type, text, string.IsNullOrWhiteSpace(country) ? null : country, label);
    }
}
