using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.TextParts;
using static Snapback.Lists.Formats.XmlNodes;

namespace Snapback.Lists.Eu;

/// <summary>
/// EU consolidated financial sanctions list, FSF XML 1.1 (<c>export</c> in namespace <c>http://eu.europa.ec/fpi/fsd/export</c>),
/// ids <c>eu:&lt;logicalId&gt;</c> of each <c>sanctionEntity</c>.
/// </summary>
/// <remarks>
/// The first nameAlias is the primary name; strong="false" makes a weak alias; a name written in a non-Latin script
/// (Cyrillic, Greek, Arabic…) is an original-script name. nameLanguage is kept on every name.
/// ListedOn is the entity's designationDate, or where the file has none the earliest publication date of its regulations.
/// Citizenship and address countries are ISO alpha-2 as the file gives them ("00" = unknown is dropped).
/// </remarks>
public sealed class EuFsfXmlFormat : IListFormat
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    public string Name => "eu-fsf-xml";

    public bool CanRead(string path) => XmlListFile.HasRoot(path, "export", Namespace);

    public ParsedList Parse(string path)
    {
        var warnings = new List<string>();
        var (published, entities) = XmlListFile.Read(path, "export", Namespace, "generationDate", ["sanctionEntity"], e => ParseEntity(e, warnings), warnings);
        return new ParsedList(ListSources.Eu, Name, published, [.. entities], [.. warnings]);
    }

    private static ListedEntity? ParseEntity(XElement e, List<string> warnings)
    {
        if (Attr(e, "logicalId") is not { } logicalId)
        {
            warnings.Add($"sanctionEntity {Attr(e, "euReferenceNumber")}: no logicalId, skipped");
            return null;
        }

        var kind = Attr(Child(e, "subjectType"), "code") switch
        {
            "person" => EntityKind.Person,
            _ => EntityKind.Organization,
        };
        var b = new ListedEntityBuilder("eu:" + logicalId, ListSources.Eu, kind);
        var remarks = new List<string>();
        foreach (var alias in Children(e, "nameAlias"))
        {
            AddName(b, alias, remarks);
        }

        if (b.Names.Count == 0)
        {
            warnings.Add($"{b.Id}: no name, skipped");
            return null;
        }

        var regulations = Children(e, "regulation").ToList();
        foreach (var regulation in regulations)
        {
            if (Attr(regulation, "programme") is { } programme)
            {
                b.Programs.Add(programme);
            }
        }

        b.ListedOn = ListDates.ParseIsoDate(Attr(e, "designationDate"))
            ?? regulations.Select(static r => ListDates.ParseIsoDate(Attr(r, "publicationDate"))).Where(static d => d.HasValue).Min();
        foreach (var citizenship in Children(e, "citizenship"))
        {
            if (Country(citizenship) is { } country)
            {
                b.Citizenships.Add(country);
            }
        }

        foreach (var birth in Children(e, "birthdate"))
        {
            AddBirth(b, birth);
        }

        foreach (var identification in Children(e, "identification"))
        {
            AddIdentification(b, identification);
        }

        foreach (var address in Children(e, "address"))
        {
            AddAddress(b, address);
        }

        if (Attr(e, "euReferenceNumber") is { } euReference)
        {
            remarks.Insert(0, "EU reference: " + euReference);
        }

        if (Attr(e, "unitedNationId") is { } unId)
        {
            remarks.Insert(0, "UN reference: " + unId);
        }

        remarks.AddRange(Children(e, "remark").Select(static r => r.Value.Trim()).Where(static r => r.Length > 0));
        b.Remarks = string.Join(" ", remarks.Distinct(StringComparer.Ordinal).Select(static r => r.EndsWith('.') ? r : r + "."));
        return b.Build();
    }

    private static void AddName(ListedEntityBuilder b, XElement alias, List<string> remarks)
    {
        var given = Nfc(Join(" ", Attr(alias, "firstName"), Attr(alias, "middleName")));
        var family = Nfc(Attr(alias, "lastName"));
        var whole = Nfc(Attr(alias, "wholeName")) ?? Join(" ", given, family);
        if (whole is null)
        {
            return;
        }

        var type = b.Names.Count == 0 ? NameType.Primary
            : Script.IsNonLatin(whole) ? NameType.OriginalScript
            : string.Equals(Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase) ? NameType.WeakAlias
            : NameType.StrongAlias;
        b.AddName(new EntityName(whole, type, Attr(alias, "nameLanguage"), given, family));
        b.Gender ??= Attr(alias, "gender") switch
        {
            "M" => "Male",
            "F" => "Female",
            _ => null,
        };
        b.Title ??= Attr(alias, "title");
        if (Attr(alias, "function") is { } function)
        {
            remarks.Add("Function: " + function);
        }
    }

    private static void AddBirth(ListedEntityBuilder b, XElement birth)
    {
        var circa = string.Equals(Attr(birth, "circa"), "true", StringComparison.OrdinalIgnoreCase);
        var from = ParseInt(Attr(birth, "yearRangeFrom"));
        var to = ParseInt(Attr(birth, "yearRangeTo"));
        if (ListDates.ParseIsoDate(Attr(birth, "birthdate")) is { } date)
        {
            b.BirthDates.Add(new BirthDate(date.Year, date.Month, date.Day, Circa: circa));
        }
        else if (ParseInt(Attr(birth, "year")) is { } year)
        {
            b.BirthDates.Add(new BirthDate(year, ParseInt(Attr(birth, "monthOfYear") ?? Attr(birth, "month")), ParseInt(Attr(birth, "dayOfMonth") ?? Attr(birth, "day")), Circa: circa));
        }
        else if (from is { } f)
        {
            b.BirthDates.Add(new BirthDate(f, ToYear: to ?? f, Circa: circa));
        }

        var place = Join(", ", Attr(birth, "city"), Attr(birth, "place"), Attr(birth, "region"), Known(Attr(birth, "countryDescription")));
        if (place is not null && place != "-")
        {
            b.PlacesOfBirth.Add(place);
        }
    }

    private static void AddIdentification(ListedEntityBuilder b, XElement identification)
    {
        var code = Attr(identification, "identificationTypeCode");
        var description = Attr(identification, "identificationTypeDescription");
        var type = code?.ToLowerInvariant() switch
        {
            "passport" => IdentifierType.Passport,
            "id" => IdentifierType.NationalId,
            "fiscalcode" or "tin" or "tax" => IdentifierType.TaxId,
            "regnumber" => IdentifierType.Registration,
            "swiftbic" => IdentifierType.SwiftBic,
            "imo" => IdentifierType.Imo,
            null when description?.Contains("passport", StringComparison.OrdinalIgnoreCase) == true => IdentifierType.Passport,
            _ => IdentifierType.Other,
        };
        var label = description ?? code;
        var country = Country(identification);
        var number = Attr(identification, "number");
        var latin = Attr(identification, "latinNumber");
        if (number is not null)
        {
            b.Identifiers.Add(new Identifier(type, number, country, label));
        }

        if (latin is not null && !string.Equals(latin, number, StringComparison.Ordinal))
        {
            b.Identifiers.Add(new Identifier(type, latin, country, label));
        }
    }

    private static void AddAddress(ListedEntityBuilder b, XElement address)
    {
        var poBox = Attr(address, "poBox");
        var street = Join(", ", Attr(address, "street"), poBox is null ? null : "PO Box " + poBox, Attr(address, "place"));
        var city = Join(", ", Attr(address, "city"), Attr(address, "region"), Attr(address, "zipCode"));
        var country = Known(Attr(address, "countryDescription"));
        var code = KnownCode(Attr(address, "countryIso2Code"));
        if (street is not null || city is not null || country is not null || code is not null)
        {
            b.Addresses.Add(new Address(street, city, country, code));
        }
    }

    /// <summary>ISO alpha-2 where given, else the description; null for the list's "00"/UNKNOWN.</summary>
    private static string? Country(XElement e) => KnownCode(Attr(e, "countryIso2Code")) ?? Known(Attr(e, "countryDescription"));

    private static string? KnownCode(string? code) => code is { Length: 2 } && code != "00" ? code.ToUpperInvariant() : null;

    private static string? Known(string? description) =>
        string.Equals(description, "UNKNOWN", StringComparison.OrdinalIgnoreCase) ? null : description;

    /// <summary>Names are kept in NFC so the same name always compares equal, whatever the file's normalisation.</summary>
    private static string? Nfc(string? text) => text?.Normalize(NormalizationForm.FormC);

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
