using System.Text;
using System.Text.RegularExpressions;
using Snapback.Lists.Countries;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.TextParts;

namespace Snapback.Lists.Uk;

/// <summary>
/// UK OFSI Consolidated List CSV (ConList): row 1 <c>Last Updated,dd/mm/yyyy</c>, row 2 the header, then one row per name
/// variant grouped by Group ID (ids <c>uk:&lt;Group ID&gt;</c>). Reads the 29-column (to 2022) and 36-column layouts by header name.
/// </summary>
/// <remarks>
/// The first "Primary name" row is the primary name; further primary rows and "Primary name variation" are strong aliases,
/// AKA is strong unless its Alias Quality is "Low quality", FKA is a former name, and non-Latin spellings are original-script
/// names. Nationalities are ISO alpha-2 where the name resolves, else the text as published. Ships carry their IMO number,
/// flag, type, tonnage and owner from the "(IMO number):…" tags of Other Information.
/// </remarks>
public sealed partial class OfsiCsvFormat : IListFormat
{
    private static readonly string[] GivenColumns = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"];
    private static readonly string[] StreetColumns = ["Address 1", "Address 2", "Address 3", "Address 4", "Address 5"];

    public string Name => "uk-ofsi-csv";

    public bool CanRead(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            var start = OfsiText.ReadStart(path, 4096);
            var lines = start.Split('\n', 3);
            return lines.Length >= 2
                && lines[0].TrimStart('\uFEFF', 'ï', '»', '¿').StartsWith("Last Updated,", StringComparison.Ordinal)
                && lines[1].Contains("Group ID", StringComparison.Ordinal)
                && lines[1].Contains("Group Type", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public ParsedList Parse(string path)
    {
        string text;
        try
        {
            text = OfsiText.ReadAll(path);
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(path, "cannot be decompressed: " + e.Message, e);
        }

        using var rows = CsvReader.ReadRows(new StringReader(text), path).GetEnumerator();
        if (!rows.MoveNext() || rows.Current is not ["Last Updated", var updated, ..])
        {
            throw new ListFormatException(path, "row 1 is not 'Last Updated,<date>'");
        }

        if (!rows.MoveNext())
        {
            throw new ListFormatException(path, "no header row");
        }

        var header = new CsvColumns(rows.Current);
        foreach (var required in (string[])["Name 6", "Group Type", "Alias Type", "Group ID"])
        {
            if (!header.Has(required))
            {
                throw new ListFormatException(path, $"header has no '{required}' column");
            }
        }

        var groups = new Dictionary<string, OfsiGroup>(StringComparer.Ordinal);
        var order = new List<OfsiGroup>();
        var warnings = new List<string>();
        var line = 2;
        while (rows.MoveNext())
        {
            line++;
            var row = rows.Current;
            var id = header.Get(row, "Group ID");
            if (id is null)
            {
                warnings.Add($"row {line}: no Group ID, skipped");
                continue;
            }

            if (!groups.TryGetValue(id, out var group))
            {
                group = new OfsiGroup(id);
                groups.Add(id, group);
                order.Add(group);
            }

            group.Rows.Add(row);
        }

        if (order.Count == 0)
        {
            throw new ListFormatException(path, "no name rows");
        }

        var entities = order.Select(g => Build(g, header, warnings)).ToList();
        var published = UkDates.Parse(updated.Trim()) is { } d
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return new ParsedList(ListSources.UkOfsi, Name, published, [.. entities], [.. warnings]);
    }

    private static ListedEntity Build(OfsiGroup group, CsvColumns h, List<string> warnings)
    {
        var first = group.Rows[0];
        var kind = h.Get(first, "Group Type") switch
        {
            "Individual" => EntityKind.Person,
            "Ship" => EntityKind.Vessel,
            _ => EntityKind.Organization,
        };
        var b = new ListedEntityBuilder("uk:" + group.Id, ListSources.UkOfsi, kind);

        // Primary rows first, so the first name is the primary even when the file lists an alias before it;
        // former names last, so a group without a primary row takes a current name as its primary.
        foreach (var row in group.Rows.OrderBy(r => h.Get(r, "Alias Type") switch { "Primary name" => 0, "FKA" => 2, _ => 1 }))
        {
            AddNames(b, h, row);
            AddDetails(b, h, row, warnings);
        }

        return b.Build();
    }

    private static void AddNames(ListedEntityBuilder b, CsvColumns h, string[] row)
    {
        var given = Join(" ", [.. GivenColumns.Select(c => h.Get(row, c))]);
        var family = h.Get(row, "Name 6");
        var aliasType = h.Get(row, "Alias Type");
        var low = h.Get(row, "Alias Quality")?.StartsWith("Low", StringComparison.OrdinalIgnoreCase) == true;
        var type = aliasType switch
        {
            _ when !b.Names.Exists(static n => n.Type == NameType.Primary) => NameType.Primary,
            "FKA" => NameType.FormerName,
            _ when low => NameType.WeakAlias,
            _ => NameType.StrongAlias,
        };
        if (Join(" ", given, family) is { } full)
        {
            var name = new EntityName(full.Normalize(NormalizationForm.FormC), type, null, given?.Normalize(NormalizationForm.FormC), family?.Normalize(NormalizationForm.FormC));
            if (type == NameType.Primary)
            {
                // A primary row may carry only a non-Latin spelling; the first Latin name is then still the primary, and first.
                b.Names.Insert(0, name);
            }
            else
            {
                b.AddName(name);
            }
        }

        if (h.Get(row, "Name Non-Latin Script") is { } original)
        {
            b.AddName(new EntityName(original.Normalize(NormalizationForm.FormC), NameType.OriginalScript, h.Get(row, "Non-Latin Script Language")));
        }
    }

    private static void AddDetails(ListedEntityBuilder b, CsvColumns h, string[] row, List<string> warnings)
    {
        if (h.Get(row, "DOB") is { } dob)
        {
            if (UkDates.ParseBirthDate(dob) is { } birth)
            {
                b.BirthDates.Add(birth);
            }
            else if (!warnings.Contains($"{b.Id}: DOB '{dob}' not understood"))
            {
                warnings.Add($"{b.Id}: DOB '{dob}' not understood");
            }
        }

        if (Join(", ", h.Get(row, "Town of Birth"), h.Get(row, "Country of Birth")) is { } place)
        {
            b.PlacesOfBirth.Add(place);
        }

        foreach (var nationality in Numbered(h.Get(row, "Nationality")))
        {
            b.Nationalities.Add(CountryCodes.ToIso2(nationality) ?? nationality);
        }

        foreach (var passport in Numbered(h.Get(row, "Passport Number")))
        {
            b.Identifiers.Add(new Identifier(IdentifierType.Passport, passport, Label: "Passport"));
        }

        foreach (var nationalId in Numbered(h.Get(row, "National Identification Number")))
        {
            b.Identifiers.Add(new Identifier(IdentifierType.NationalId, nationalId, Label: "National Identification Number"));
        }

        AddAddress(b, h, row);
        if (h.Get(row, "Regime") is { } regime)
        {
            b.Programs.Add(regime);
        }

        if (UkDates.Parse(h.Get(row, "Listed On")) is { } listed && (b.ListedOn is null || listed < b.ListedOn))
        {
            b.ListedOn = listed;
        }

        b.Title ??= h.Get(row, "Title");
        var other = h.Get(row, "Other Information");
        if (b.Remarks is null)
        {
            b.Remarks = string.Join(" ", new[]
            {
                h.Get(row, "Position") is { } position ? "Position: " + position + "." : null,
                h.Get(row, "Passport Details") is { } passportDetails ? "Passport details: " + passportDetails : null,
                (h.Get(row, "National Identification Details") ?? h.Get(row, "NI Number")) is { } ni ? "National identification: " + ni : null,
                other,
            }.OfType<string>());
            AddTagged(b, other);
        }
    }

    private static void AddAddress(ListedEntityBuilder b, CsvColumns h, string[] row)
    {
        var street = Join(", ", [.. StreetColumns.Select(c => h.Get(row, c))]);
        var city = Join(", ", h.Get(row, "Address 6"), h.Get(row, "Post/Zip Code"));
        var country = h.Get(row, "Country");
        if (street is not null || city is not null || country is not null)
        {
            b.Addresses.Add(new Address(street, city, country, CountryCodes.ToIso2(country)));
        }
    }

    /// <summary>"(Gender):Male", "(IMO number):7408873", "(Flag of ship):North Korea" tags inside Other Information.</summary>
    private static void AddTagged(ListedEntityBuilder b, string? other)
    {
        if (other is null)
        {
            return;
        }

        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Tag().Matches(other))
        {
            tags.TryAdd(m.Groups["key"].Value.Trim(), m.Groups["value"].Value.Trim().TrimEnd('.'));
        }

        if (tags.TryGetValue("Gender", out var gender) && gender.Length > 0)
        {
            b.Gender = gender;
        }

        if (tags.TryGetValue("IMO number", out var imo) && imo.Length > 0)
        {
            b.Identifiers.Add(new Identifier(IdentifierType.Imo, imo, Label: "IMO number"));
        }

        if (b.Kind == EntityKind.Vessel)
        {
            b.Vessel = new VesselDetails(
                tags.GetValueOrDefault("Flag of ship"),
                tags.GetValueOrDefault("Type of ship"),
                tags.GetValueOrDefault("Tonnage of ship"),
                null,
                tags.GetValueOrDefault("Current owners"));
        }
    }

    /// <summary>"1) Saudi Arabia 2) Qatar", "(1) 223611 (2) C00146605", "(1)-(2) Tunisia (3) Libya", "(a) Iraq (b) Iran" → the items; plain text → itself.</summary>
    private static IEnumerable<string> Numbered(string? text) =>
        text is null
            ? []
            : NumberMark().Split(text).Select(static p => p.Trim().TrimEnd(',', '.', ';').Trim()).Where(static p => p.Length > 0 && p != "-");

    [GeneratedRegex(@"\(?\b(?:\d{1,2}(?:-\d{1,2})?|[a-h])\)(?:\s*(?:-|to)\s*\(\d{1,2}\))?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberMark();

    [GeneratedRegex(@"\((?<key>[A-Za-z][^()]{0,40})\):(?<value>.*?)(?=\s*\([A-Za-z][^()]{0,40}\):|$)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Tag();
}
