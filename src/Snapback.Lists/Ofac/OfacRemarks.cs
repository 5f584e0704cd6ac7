using Snapback.Lists.Model;

namespace Snapback.Lists.Ofac;

/// <summary>
/// Reads the fields OFAC packs into Remarks ("DOB 12 Oct 1955; POB Tehran, Iran; Passport A123 (Iran); a.k.a. 'X'; Linked To: Y.")
/// into the entity, and keeps whatever it does not understand as the remaining remarks, in the original order.
/// </summary>
internal static class OfacRemarks
{
    private const string Alt = "alt. ";

    /// <summary>Parses <paramref name="remarks"/> into <paramref name="entity"/>; unparsed parts are appended to its Remarks.</summary>
    public static void Apply(string? remarks, ListedEntityBuilder entity)
    {
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return;
        }

        var rest = new List<string>();
        var segments = remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = i == segments.Length - 1 ? WithoutFinalPeriod(segments[i]) : segments[i];
            if (!TryApply(segment, entity))
            {
                rest.Add(segment);
            }
        }

        if (rest.Count > 0)
        {
            var text = string.Join("; ", rest);
            entity.Remarks = string.IsNullOrEmpty(entity.Remarks) ? text : entity.Remarks + "; " + text;
        }
    }

    private static bool TryApply(string segment, ListedEntityBuilder entity)
    {
        // The XML writes links in parentheses: "(Linked To: HAMAS)".
        if (segment.StartsWith("(Linked To: ", StringComparison.Ordinal) && segment.EndsWith(')'))
        {
            segment = segment[1..^1];
        }

        if (TryQuotedName(segment, "a.k.a. ", out var aka))
        {
            entity.AddName(OfacNames.Create(aka, NameType.WeakAlias, entity.Kind));
            return true;
        }

        if (TryQuotedName(segment, "f.k.a. ", out var fka))
        {
            entity.AddName(OfacNames.Create(fka, NameType.FormerName, entity.Kind));
            return true;
        }

        if (TryQuotedName(segment, "n.k.a. ", out var nka))
        {
            entity.AddName(OfacNames.Create(nka, NameType.StrongAlias, entity.Kind));
            return true;
        }

        if (segment.StartsWith("Linked To: ", StringComparison.Ordinal))
        {
            entity.LinkedTo.Add(segment["Linked To: ".Length..].Trim());
            return true;
        }

        var field = segment.StartsWith(Alt, StringComparison.Ordinal) ? segment[Alt.Length..] : segment;
        if (TryValue(field, "DOB ", out var dob))
        {
            if (OfacDates.ParseBirthDate(dob) is not { } date)
            {
                return false;
            }

            entity.BirthDates.Add(date);
            return true;
        }

        if (TryValue(field, "POB ", out var pob))
        {
            entity.PlacesOfBirth.Add(pob);
            return true;
        }

        if (TryValue(field, "nationality ", out var nationality))
        {
            entity.Nationalities.Add(nationality);
            return true;
        }

        if (TryValue(field, "citizen ", out var citizen))
        {
            entity.Citizenships.Add(citizen);
            return true;
        }

        if (TryValue(field, "Gender ", out var gender))
        {
            entity.Gender = gender;
            return true;
        }

        if (OfacIdentifierLabels.TrySplit(field, out var label, out var value)
            && OfacIdentifierLabels.Create(label, value, country: null) is { } identifier)
        {
            entity.Identifiers.Add(identifier);
            return true;
        }

        return false;
    }

    private static bool TryValue(string field, string prefix, out string value)
    {
        value = field.StartsWith(prefix, StringComparison.Ordinal) ? field[prefix.Length..].Trim() : "";
        return value.Length > 0;
    }

    private static bool TryQuotedName(string segment, string prefix, out string name)
    {
        name = "";
        if (!segment.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var body = segment[prefix.Length..].Trim();
        if (body.Length < 3 || body[0] != '\'' || body[^1] != '\'')
        {
            return false;
        }

        name = body[1..^1].Trim();
        return name.Length > 0;
    }

    /// <summary>
    /// Drops the full stop that ends the whole Remarks, but not one that belongs to an abbreviation ending a name
    /// ("Linked To: GRUPO X, S.A. DE C.V.", "… CO., LTD.").
    /// </summary>
    private static string WithoutFinalPeriod(string segment)
    {
        if (!segment.EndsWith('.'))
        {
            return segment;
        }

        if (segment.EndsWith("'.", StringComparison.Ordinal) || segment.EndsWith(").", StringComparison.Ordinal))
        {
            return segment[..^1];
        }

        var lastWord = segment[(segment.LastIndexOf(' ') + 1)..^1];
        var abbreviation = lastWord.Contains('.', StringComparison.Ordinal)
            || lastWord is "LTD" or "Ltd" or "INC" or "Inc" or "CO" or "Co" or "CORP" or "Corp" or "JR" or "Jr" or "SR" or "No";
        return abbreviation ? segment : segment[..^1].TrimEnd();
    }
}
