namespace Snapback.Lists.UsCsl;

/// <summary>
/// The US Consolidated Screening List (CSL) of the International Trade Administration, as one source: the Commerce Department's
/// Entity List, Denied Persons List, Unverified List and Military End-User List, and the State Department's nonproliferation (ISN)
/// and ITAR debarment (DTC) lists. Each is its own source id that its entities carry; a publication is stored as one snapshot of
/// <see cref="Id"/>. The CSL's copies of the Treasury lists (SDN, SSI, FSE, PLC, CAP, NS-MBS, CMIC) are not taken: Snapback reads
/// them from OFAC's own files. Entity ids <c>us-csl:&lt;list&gt;:&lt;entity_number, else _id&gt;</c>.
/// </summary>
public static class UsCslSource
{
    /// <summary>The snapshot source id of a CSL publication.</summary>
    public const string Id = "us-csl";

    /// <summary>BIS Entity List.</summary>
    public const string EntityList = "us-csl-el";

    /// <summary>BIS Denied Persons List; its denial orders carry end dates.</summary>
    public const string DeniedPersons = "us-csl-dpl";

    /// <summary>BIS Unverified List.</summary>
    public const string Unverified = "us-csl-uvl";

    /// <summary>BIS Military End-User List.</summary>
    public const string MilitaryEndUser = "us-csl-meu";

    /// <summary>State Department nonproliferation sanctions (ISN).</summary>
    public const string Nonproliferation = "us-csl-isn";

    /// <summary>State Department ITAR debarred parties (DTC).</summary>
    public const string ItarDebarred = "us-csl-dtc";

    /// <summary>
    /// The lists taken, by the abbreviation the CSL's <c>source</c> field carries in parentheses ("Entity List (EL) - Bureau of Industry
    /// and Security"), and whether a party without a type is taken for a person (the denial and debarment lists name people mostly).
    /// </summary>
    internal static IReadOnlyList<(string Code, string Source, string Title, bool PersonsMostly)> Lists { get; } =
    [
        ("EL", EntityList, "BIS Entity List", false),
        ("DPL", DeniedPersons, "BIS Denied Persons List", true),
        ("UVL", Unverified, "BIS Unverified List", false),
        ("MEU", MilitaryEndUser, "BIS Military End-User List", false),
        ("ISN", Nonproliferation, "State Dept. Nonproliferation Sanctions (ISN)", false),
        ("DTC", ItarDebarred, "State Dept. ITAR Debarred (DTC)", true),
    ];

    /// <summary>Where the ITA publishes the whole list; the same path ending <c>consolidated.json</c> gives the JSON form.</summary>
    public static Uri DownloadUrl { get; } = new("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv");

    /// <summary>The registration <see cref="ListSources.Registered"/> holds.</summary>
    public static ListSourceFamily Family { get; } = new(
        Id,
        "US Consolidated Screening List (export controls)",
        Id,
        [.. Lists.Select(static l => (l.Source, l.Title))],
        [new UsCslJsonFormat(), new UsCslCsvFormat()],
        DownloadUrl);
}
