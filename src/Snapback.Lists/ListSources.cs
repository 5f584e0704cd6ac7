namespace Snapback.Lists;

/// <summary>The lists Snapback knows. A snapshot belongs to exactly one of them.</summary>
public static class ListSources
{
    /// <summary>OFAC Specially Designated Nationals list. Entity ids <c>ofac:&lt;uid&gt;</c>.</summary>
    public const string OfacSdn = "ofac-sdn";

    /// <summary>OFAC Consolidated (non-SDN) list: SSI, NS-PLC, NS-MBS, CMIC, FSE… Entity ids <c>ofac:&lt;uid&gt;</c>.</summary>
    public const string OfacConsolidated = "ofac-cons";

    /// <summary>UN Security Council Consolidated List. Entity ids <c>un:&lt;REFERENCE_NUMBER&gt;</c>.</summary>
    public const string Un = "un";

    /// <summary>EU consolidated financial sanctions list (FSF). Entity ids <c>eu:&lt;logicalId&gt;</c>.</summary>
    public const string Eu = "eu";

    /// <summary>UK OFSI Consolidated List (ConList). Entity ids <c>uk:&lt;Group ID&gt;</c>.</summary>
    public const string UkOfsi = "uk-ofsi";

    /// <summary>FCDO UK Sanctions List. Entity ids <c>uk:&lt;Unique ID&gt;</c>.</summary>
    public const string UkFcdo = "uk-fcdo";

    /// <summary>Sources added as one folder of code each, one line per source; they follow the built-in ones in <see cref="All"/>.</summary>
    public static IReadOnlyList<ListSourceFamily> Registered { get; } =
    [
        UsCsl.UsCslSource.Family,
    ];

    public static IReadOnlyList<string> All { get; } = [OfacSdn, OfacConsolidated, Un, Eu, UkOfsi, UkFcdo, .. Registered.Select(static f => f.Source)];

    /// <summary>The sources an entity id can come from, by its prefix: <c>ofac:</c> is SDN or non-SDN, <c>uk:</c> OFSI or FCDO.</summary>
    public static IReadOnlyList<string> ForEntityId(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        var colon = entityId.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? string.Empty : entityId[..colon]) switch
        {
            "ofac" => [OfacSdn, OfacConsolidated],
            "un" => [Un],
            "eu" => [Eu],
            "uk" => [UkOfsi, UkFcdo],
            var prefix => [.. Registered.Where(f => f.EntityIdPrefix == prefix).Select(static f => f.Source)],
        };
    }

    /// <summary>
    /// True when an entity whose <see cref="Model.ListedEntity.Source"/> is <paramref name="entitySource"/> belongs in a snapshot of
    /// <paramref name="listSource"/>: the same source, or one of the lists a registered publication gathers.
    /// </summary>
    public static bool Holds(string listSource, string entitySource) =>
        string.Equals(listSource, entitySource, StringComparison.Ordinal)
        || Registered.Any(f => string.Equals(f.Source, listSource, StringComparison.Ordinal) && f.Holds(entitySource));

    /// <summary>
    /// The source <paramref name="source"/> replaced, or null: from the date the successor's first snapshot is in force, the source it
    /// supersedes is no longer screened, and a diff or import summary of that first snapshot compares it with the one it replaced.
    /// </summary>
    public static string? Supersedes(string source) => source switch
    {
        UkFcdo => UkOfsi,
        _ => null,
    };

    /// <summary>The source that replaced <paramref name="source"/>, or null (the reverse of <see cref="Supersedes"/>).</summary>
    public static string? SupersededBy(string source) => All.FirstOrDefault(s => string.Equals(Supersedes(s), source, StringComparison.Ordinal));

    /// <summary>Human title of a source, for output.</summary>
    public static string Title(string source) => source switch
    {
        OfacSdn => "OFAC SDN",
        OfacConsolidated => "OFAC Consolidated (non-SDN)",
        Un => "UN Security Council Consolidated",
        Eu => "EU Financial Sanctions",
        UkOfsi => "UK OFSI Consolidated",
        UkFcdo => "UK Sanctions List (FCDO)",
        _ => RegisteredTitle(source) ?? source,
    };

    private static string? RegisteredTitle(string source)
    {
        foreach (var family in Registered)
        {
            if (string.Equals(family.Source, source, StringComparison.Ordinal))
            {
                return family.Title;
            }

            foreach (var member in family.Members)
            {
                if (string.Equals(member.Source, source, StringComparison.Ordinal))
                {
                    return member.Title;
                }
            }
        }

        return null;
    }
}
