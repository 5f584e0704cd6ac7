using Snapback.Lists.Model;

namespace Snapback.Lists.Ofac;

/// <summary>OFAC name and program conventions shared by the CSV and XML formats.</summary>
internal static class OfacNames
{
    /// <summary>
    /// A name as published. For a person "SURNAME, Given" keeps that spelling and also fills Family and Given;
    /// other kinds are not split.
    /// </summary>
    public static EntityName Create(string full, NameType type, EntityKind kind)
    {
        full = full.Trim();
        if (kind != EntityKind.Person)
        {
            return new EntityName(full, type);
        }

        var comma = full.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0
            ? new EntityName(full, type, Given: full[(comma + 2)..].Trim(), Family: full[..comma].Trim())
            : new EntityName(full, type, Family: full);
    }

    /// <summary>A person's name from XML parts, written the way the CSV and the SDN search publish it: "LAST, First".</summary>
    public static EntityName FromParts(string? first, string? last, NameType type, EntityKind kind)
    {
        first = string.IsNullOrWhiteSpace(first) ? null : first.Trim();
        last = string.IsNullOrWhiteSpace(last) ? null : last.Trim();
        if (first is null)
        {
            // Weak aliases often come whole in lastName: "ZAHAR, Mahmoud".
            return Create(last ?? "", type, kind);
        }

        var full = last is null ? first : last + ", " + first;
        return kind == EntityKind.Person ? new EntityName(full, type, Given: first, Family: last) : new EntityName(full, type);
    }

    /// <summary>
    /// Splits the CSV Program column. OFAC writes several programs as "SDGT] [IFSR" (the outer brackets dropped),
    /// and some files carry the outer brackets too: "[SDGT] [IFSR]".
    /// </summary>
    public static IEnumerable<string> SplitPrograms(string column)
    {
        foreach (var part in column.Split(']', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var program = part.TrimStart('[').Trim();
            if (program.Length > 0)
            {
                yield return program;
            }
        }
    }

    /// <summary>The entity kind of an SDN_Type / sdnType value; empty or "-0-" is an entity.</summary>
    public static EntityKind? Kind(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        null or "" or "-0-" or "ENTITY" => EntityKind.Organization,
        "INDIVIDUAL" => EntityKind.Person,
        "VESSEL" => EntityKind.Vessel,
        "AIRCRAFT" => EntityKind.Aircraft,
        _ => null,
    };
}
