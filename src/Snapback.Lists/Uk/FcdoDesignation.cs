using System.Text;
using Snapback.Lists.Countries;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.TextParts;

namespace Snapback.Lists.Uk;

/// <summary>
/// One designation of the FCDO UK Sanctions List while it is read. The XML (one element per designation) and the CSV (one row per
/// name or address) fill it through the same calls, so both forms of a publication give the same entity.
/// </summary>
/// <remarks>
/// Name types come in any case ("Primary Name", "Primary name", "ALias"). The first primary name is the primary; further primary
/// names and primary name variations are strong aliases; an alias is weak when its strength says low quality. Passport and national
/// identifier numbers use the labels of the OFSI Consolidated List, so a comparison across the switch shows only real changes; what
/// the model has no field for is kept in the remarks (<see cref="FcdoNote"/>).
/// </remarks>
internal sealed class FcdoDesignation
{
    /// <summary>
    /// The single-valued fields: the CSV column, the XML element (found anywhere in the designation: the wrappers such as
    /// <c>DOBs</c> or <c>TonnageOfShipDetails</c> add nothing) and what each value does. Names, non-Latin names, addresses, places of
    /// birth, passports and national identifiers span several columns or elements and have their own calls.
    /// </summary>
    public static readonly (string Column, string Element, Action<FcdoDesignation, string> Add)[] Fields =
    [
        ("OFSI Group ID", "OFSIGroupID", static (x, v) => x.SetOfsiGroupId(v)),
        ("UN Reference Number", "UNReferenceNumber", static (x, v) => x.AddNote(FcdoNote.UnReferenceNumber, v)),
        ("Title", "Title", static (x, v) => x.AddTitle(v)),
        ("Regime Name", "RegimeName", static (x, v) => x.AddRegime(v)),
        ("Designation source", "DesignationSource", static (x, v) => x.AddNote(FcdoNote.DesignationSource, v)),
        ("Sanctions Imposed", "SanctionsImposed", static (x, v) => x.AddSanctions(v)),
        ("Other Information", "OtherInformation", static (x, v) => x.AddNote(FcdoNote.OtherInformation, v)),
        ("UK Statement of Reasons", "UKStatementofReasons", static (x, v) => x.AddNote(FcdoNote.StatementOfReasons, v)),
        ("Phone number", "PhoneNumber", static (x, v) => x.AddNote(FcdoNote.PhoneNumber, v)),
        ("Website", "Website", static (x, v) => x.AddIdentifier(IdentifierType.Website, v, "Website")),
        ("Email address", "EmailAddress", static (x, v) => x.AddIdentifier(IdentifierType.Email, v, "Email address")),
        ("Date Designated", "DateDesignated", static (x, v) => x.SetDesignated(v)),
        ("Last Updated", "LastUpdated", static (x, v) => x.AddNote(FcdoNote.LastUpdated, v)),
        ("D.O.B", "DOB", static (x, v) => x.AddBirthDate(v)),
        ("Nationality(/ies)", "Nationality", static (x, v) => x.AddNationality(v)),
        ("Position", "Position", static (x, v) => x.AddNote(FcdoNote.Position, v)),
        ("Gender", "Gender", static (x, v) => x.SetGender(v)),
        ("Type of entity", "TypeOfEntity", static (x, v) => x.AddNote(FcdoNote.TypeOfEntity, v)),
        ("Subsidiaries", "Subsidiary", static (x, v) => x.AddNote(FcdoNote.Subsidiaries, v)),
        ("Parent company", "ParentCompany", static (x, v) => x.AddNote(FcdoNote.ParentCompany, v)),
        ("Business registration number (s)", "BusinessRegistrationNumber",
            static (x, v) => x.AddIdentifier(IdentifierType.Registration, v, "Business registration number")),
        ("IMO number", "IMONumber", static (x, v) => x.AddImo(v)),
        ("Current owner/operator (s)", "CurrentOwnerOperator", static (x, v) => x.AddShip(owner: v)),
        ("Previous owner/operator (s)", "PreviousOwnerOperator", static (x, v) => x.AddNote(FcdoNote.PreviousOwnerOperator, v)),
        ("Current believed flag of ship", "CurrentBelievedFlagOfShip", static (x, v) => x.AddShip(flag: v)),
        ("Previous flags", "PreviousFlag", static (x, v) => x.AddNote(FcdoNote.PreviousFlags, v)),
        ("Type of ship", "TypeOfShip", static (x, v) => x.AddShip(type: v)),
        ("Tonnage of ship", "TonnageOfShip", static (x, v) => x.AddShip(tonnage: v)),
        ("Length of ship", "LengthOfShip", static (x, v) => x.AddNote(FcdoNote.LengthOfShip, v)),
        ("Year Built", "YearBuilt", static (x, v) => x.AddNote(FcdoNote.YearBuilt, v)),
        ("Hull identification number (HIN)", "HullIdentificationNumber",
            static (x, v) => x.AddIdentifier(IdentifierType.Other, v, "Hull identification number (HIN)")),
    ];

    private readonly ListedEntityBuilder _entity;
    private readonly List<string> _warnings;
    private readonly SortedDictionary<FcdoNote, List<string>> _notes = [];
    private readonly List<string> _titles = [];
    private readonly List<string> _flags = [];
    private readonly List<string> _shipTypes = [];
    private readonly List<string> _tonnages = [];
    private readonly List<string> _owners = [];

    /// <param name="type">Individual, Entity or Ship, in any case.</param>
    public FcdoDesignation(string uniqueId, string? type, List<string> warnings)
    {
        _warnings = warnings;
        _entity = new ListedEntityBuilder("uk:" + uniqueId, ListSources.UkFcdo, EntityKind.Organization);
        _entity.Kind = type?.ToUpperInvariant() switch
        {
            "INDIVIDUAL" => EntityKind.Person,
            "SHIP" => EntityKind.Vessel,
            "ENTITY" => EntityKind.Organization,
            null => Warned("no Individual, Entity or Ship type, read as an entity", EntityKind.Organization),
            _ => Warned($"type '{type}' not known, read as an entity", EntityKind.Organization),
        };
    }

    public string Id => _entity.Id;

    public void SetOfsiGroupId(string? groupId) => _entity.OfsiGroupId ??= groupId;

    /// <param name="given">Name 1 to Name 5.</param>
    /// <param name="family">Name 6.</param>
    public void AddName(string?[] given, string? family, string? nameType, string? aliasStrength)
    {
        var givenText = Join(" ", given)?.Normalize(NormalizationForm.FormC);
        var familyText = family?.Normalize(NormalizationForm.FormC);
        if (Join(" ", givenText, familyText) is not { } full)
        {
            return;
        }

        var kind = string.Join(' ', (nameType ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        var hasPrimary = _entity.Names.Count > 0 && _entity.Names[0].Type == NameType.Primary;
        if (kind == "PRIMARY NAME" && !hasPrimary)
        {
            _entity.Names.Insert(0, new EntityName(full, NameType.Primary, null, givenText, familyText));
            return;
        }

        if (kind == "PRIMARY NAME" && string.Equals(_entity.Names[0].Full, full, StringComparison.Ordinal))
        {
            return;
        }

        if (kind is not ("PRIMARY NAME" or "PRIMARY NAME VARIATION" or "ALIAS"))
        {
            Warn($"name type '{nameType}' not known, read as an alias");
        }

        var weak = aliasStrength?.StartsWith("Low", StringComparison.OrdinalIgnoreCase) == true;
        _entity.AddName(new EntityName(full, weak ? NameType.WeakAlias : NameType.StrongAlias, null, givenText, familyText));
    }

    public void AddNonLatinName(string? text, string? language)
    {
        if (text is not null)
        {
            _entity.AddName(new EntityName(text.Normalize(NormalizationForm.FormC), NameType.OriginalScript, language));
        }
    }

    public void AddTitle(string? title) => AddDistinct(_titles, title);

    public void AddRegime(string? regime) => AddDistinct(_entity.Programs, regime);

    /// <summary>"Asset freeze|Travel Ban": each measure once.</summary>
    public void AddSanctions(string? measures)
    {
        foreach (var measure in (measures ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            AddNote(FcdoNote.SanctionsImposed, measure);
        }
    }

    /// <summary>Date Designated, dd/mm/yyyy; the earliest is kept.</summary>
    public void SetDesignated(string? text)
    {
        if (text is null)
        {
            return;
        }

        if (UkDates.Parse(text) is not { } date)
        {
            Warn($"Date Designated '{text}' not understood");
        }
        else if (_entity.ListedOn is null || date < _entity.ListedOn)
        {
            _entity.ListedOn = date;
        }
    }

    public void AddNote(FcdoNote note, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!_notes.TryGetValue(note, out var values))
        {
            _notes.Add(note, values = []);
        }

        AddDistinct(values, value);
    }

    /// <param name="lines">Address lines 1 to 6: 1–5 are the street, 6 the town.</param>
    public void AddAddress(string?[] lines, string? postalCode, string? country)
    {
        var street = Join(", ", lines[..5]);
        var city = Join(", ", lines[5], postalCode);
        if (street is not null || city is not null || country is not null)
        {
            AddDistinct(_entity.Addresses, new Address(street, city, country, CountryCodes.ToIso2(country)));
        }
    }

    public void AddBirthDate(string? text)
    {
        if (text is null)
        {
            return;
        }

        if (UkDates.ParseBirthDate(text) is { } date)
        {
            AddDistinct(_entity.BirthDates, date);
        }
        else
        {
            Warn($"DOB '{text}' not understood");
        }
    }

    public void AddBirthPlace(string? town, string? country) => AddDistinct(_entity.PlacesOfBirth, Join(", ", town, country));

    public void AddNationality(string? nationality)
    {
        if (nationality is not null)
        {
            AddDistinct(_entity.Nationalities, CountryCodes.ToIso2(nationality) ?? nationality);
        }
    }

    public void AddPassport(string? number, string? information) =>
        AddDocument(IdentifierType.Passport, "Passport", FcdoNote.PassportDetails, number, information);

    public void AddNationalIdentifier(string? number, string? information) =>
        AddDocument(IdentifierType.NationalId, "National Identification Number", FcdoNote.NationalIdentifierDetails, number, information);

    public void AddIdentifier(IdentifierType type, string? value, string label)
    {
        if (value is not null)
        {
            AddDistinct(_entity.Identifiers, new Identifier(type, value, Label: label));
        }
    }

    /// <summary>"IMO9562233" and "9562233" are the same number; it is kept as the seven digits.</summary>
    public void AddImo(string? value)
    {
        var digits = value is not null && value.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : value;
        AddIdentifier(IdentifierType.Imo, digits is { Length: > 0 } && digits.All(char.IsAsciiDigit) ? digits : value, "IMO number");
    }

    public void SetGender(string? gender) => _entity.Gender ??= gender;

    public void AddShip(string? flag = null, string? type = null, string? tonnage = null, string? owner = null)
    {
        AddDistinct(_flags, flag);
        AddDistinct(_shipTypes, type);
        AddDistinct(_tonnages, tonnage);
        AddDistinct(_owners, owner);
    }

    public ListedEntity Build()
    {
        var primary = _entity.Names.FindIndex(static n => n.Type != NameType.OriginalScript);
        if (primary < 0)
        {
            Warn(_entity.Names.Count == 0 ? "no name" : "no name in Latin script");
        }
        else if (_entity.Names[primary].Type != NameType.Primary)
        {
            var name = _entity.Names[primary] with { Type = NameType.Primary };
            Warn($"no primary name; '{name.Full}' is taken as the primary");
            _entity.Names.RemoveAt(primary);
            _entity.Names.Insert(0, name);
        }

        _entity.Title = Join("; ", [.. _titles]);
        _entity.Remarks = string.Join(" ", _notes.Select(static n => Sentence(Label(n.Key), n.Value)));
        if (_flags.Count + _shipTypes.Count + _tonnages.Count + _owners.Count > 0)
        {
            _entity.Vessel = new VesselDetails(
                Join("; ", [.. _flags]), Join("; ", [.. _shipTypes]), Join("; ", [.. _tonnages]), null, Join("; ", [.. _owners]));
        }

        return _entity.Build();
    }

    private void AddDocument(IdentifierType type, string label, FcdoNote note, string? number, string? information)
    {
        AddIdentifier(type, number, label);
        AddNote(note, information is null ? null : Join(": ", number, information));
    }

    private static void AddDistinct<T>(List<T> items, T? item)
    {
        if (item is not null && !items.Contains(item))
        {
            items.Add(item);
        }
    }

    private void Warn(string problem)
    {
        var warning = $"{Id}: {problem}";
        if (!_warnings.Contains(warning))
        {
            _warnings.Add(warning);
        }
    }

    private T Warned<T>(string problem, T value)
    {
        Warn(problem);
        return value;
    }

    private static string Sentence(string label, List<string> values)
    {
        var text = $"{label}: {string.Join("; ", values)}";
        return text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
    }

    private static string Label(FcdoNote note) => note switch
    {
        FcdoNote.UnReferenceNumber => "UN reference number",
        FcdoNote.DesignationSource => "Designation source",
        FcdoNote.SanctionsImposed => "Sanctions imposed",
        FcdoNote.LastUpdated => "Last updated",
        FcdoNote.Position => "Position",
        FcdoNote.PassportDetails => "Passport details",
        FcdoNote.NationalIdentifierDetails => "National identifier details",
        FcdoNote.TypeOfEntity => "Type of entity",
        FcdoNote.ParentCompany => "Parent company",
        FcdoNote.Subsidiaries => "Subsidiaries",
        FcdoNote.PhoneNumber => "Phone number",
        FcdoNote.PreviousOwnerOperator => "Previous owner/operator",
        FcdoNote.PreviousFlags => "Previous flags",
        FcdoNote.LengthOfShip => "Length of ship",
        FcdoNote.YearBuilt => "Year built",
        FcdoNote.OtherInformation => "Other information",
        FcdoNote.StatementOfReasons => "Statement of reasons",
        _ => note.ToString(),
    };
}
