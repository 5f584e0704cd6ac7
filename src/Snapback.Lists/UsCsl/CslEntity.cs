using System.Globalization;
using System.Text.RegularExpressions;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.UsCsl;

/// <summary>Turns one CSL row into the entity model. Fields the model has no place for are kept in the remarks, labelled.</summary>
internal static partial class CslEntity
{
    /// <summary>Words that make an untyped party an organisation, whichever list it is on.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "co", "corp", "corporation", "company", "gmbh", "sa", "srl", "bv",
        "ag", "plc", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "oao", "zao", "ltda", "pte", "pvt", "bhd", "fze", "fzco", "fzc", "kft",
        "spa", "sarl", "pty", "industries", "industry", "group", "trading", "enterprises", "enterprise", "technology",
        "technologies", "international", "institute", "university", "bank", "services", "systems", "electronics", "holding",
        "holdings", "shipping", "aviation", "engineering", "center", "centre", "laboratory", "academy", "bureau", "factory",
        "plant", "association", "organization", "organisation", "ministry", "import", "export", "logistics", "solutions",
    };

    /// <summary>The text labels of the fields kept in the remarks, in the order written.</summary>
    private static readonly (string Field, string Label)[] RemarkFields =
    [
        ("federal_register_notice", "Federal Register notice"),
        ("standard_order", "Standard order"),
        ("license_requirement", "License requirement"),
        ("license_policy", "License policy"),
        ("remarks", "Remarks"),
    ];

    /// <param name="code">The CSL abbreviation of the list, e.g. "DPL".</param>
    /// <param name="source">The source id the entity carries.</param>
    /// <param name="personsMostly">Whether a party without a type is taken for a person.</param>
    public static ListedEntity Build(CslRecord row, string key, string code, string source, bool personsMostly, List<string> warnings)
    {
        var name = row.Name!;
        var entity = new ListedEntityBuilder($"{UsCslSource.Id}:{code.ToLowerInvariant()}:{key}", source, Kind(row.Type, name, personsMostly))
        {
            Title = row.Title,
            ListedOn = Date(row, "start_date", warnings),
            InForceUntil = Date(row, "end_date", warnings),
            Remarks = Remarks(row),
            Vessel = Vessel(row),
        };
        entity.AddName(new EntityName(name, NameType.Primary));
        foreach (var alias in row.AltNames)
        {
            entity.AddName(new EntityName(Alias(alias), NameType.StrongAlias));
        }

        foreach (var text in row.DatesOfBirth)
        {
            if (BirthDate(text) is { } date)
            {
                entity.BirthDates.Add(date);
            }
            else
            {
                warnings.Add($"row {row.Row}: date of birth '{text}' not understood, left out");
            }
        }

        entity.PlacesOfBirth.AddRange(row.PlacesOfBirth);
        entity.Nationalities.AddRange(row.Nationalities);
        entity.Citizenships.AddRange(row.Citizenships);
        entity.Addresses.AddRange(row.Addresses);
        entity.Identifiers.AddRange(row.Ids);
        if (row.Get("call_sign") is { } callSign)
        {
            entity.Identifiers.Add(new Identifier(IdentifierType.CallSign, callSign, Label: "Call Sign"));
        }

        entity.Programs.AddRange(row.Programs);
        return entity.Build();
    }

    private static EntityKind Kind(string? type, string name, bool personsMostly) => type?.ToUpperInvariant() switch
    {
        "INDIVIDUAL" => EntityKind.Person,
        "ENTITY" => EntityKind.Organization,
        "VESSEL" => EntityKind.Vessel,
        "AIRCRAFT" => EntityKind.Aircraft,
        _ => personsMostly && !Words().Split(name).Any(OrganisationWords.Contains) ? EntityKind.Person : EntityKind.Organization,
    };

    /// <summary>The Entity List joins the last of several aliases with "and": "A; and B".</summary>
    private static string Alias(string text) =>
        text.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? text[4..].TrimStart() : text;

    private static DateOnly? Date(CslRecord row, string field, List<string> warnings)
    {
        if (row.Get(field) is not { } text)
        {
            return null;
        }

        var date = ListDates.ParseIsoDate(text);
        if (date is null)
        {
            warnings.Add($"row {row.Row}: {field} '{text}' is not a yyyy-MM-dd date, left out");
        }

        return date;
    }

    /// <summary>"1952-10-07", "1952-10", "1952", "circa 1955", "1958 to 1960".</summary>
    private static BirthDate? BirthDate(string text)
    {
        var circa = text.StartsWith("circa ", StringComparison.OrdinalIgnoreCase);
        var body = circa ? text[6..].Trim() : text;
        if (Range().Match(body) is { Success: true } range)
        {
            return new BirthDate(Year(range.Groups[1].Value), ToYear: Year(range.Groups[2].Value), Circa: circa);
        }

        string[] forms = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < forms.Length; i++)
        {
            if (DateOnly.TryParseExact(body, forms[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return new BirthDate(d.Year, i < 2 ? d.Month : null, i == 0 ? d.Day : null, Circa: circa);
            }
        }

        return null;
    }

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static VesselDetails? Vessel(CslRecord row)
    {
        var vessel = new VesselDetails(
            row.Get("vessel_flag"), row.Get("vessel_type"), row.Get("gross_tonnage"), row.Get("gross_registered_tonnage"), row.Get("vessel_owner"));
        return vessel == new VesselDetails(null, null, null, null, null) ? null : vessel;
    }

    private static string? Remarks(CslRecord row) =>
        TextParts.Join(" ", [.. RemarkFields.Select(f => row.Get(f.Field) is { } value ? Sentence(f.Label, value) : null)]);

    private static string Sentence(string label, string value)
    {
        var text = $"{label}: {value.Trim()}";
        return text.EndsWith('.') || text.EndsWith(".)", StringComparison.Ordinal) ? text : text + ".";
    }

    [GeneratedRegex(@"^(\d{4})\s*(?:to|-)\s*(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
