using System.Collections.Immutable;
using Snapback.Lists.Model;

namespace Snapback.Lists.UsCsl;

/// <summary>
/// One row of the CSL as published, CSV or JSON alike: the fields by their CSL names, multi-values split, blanks as null. Addresses
/// and ids are already in the model's form, since the two formats write them differently.
/// </summary>
internal sealed record CslRecord(
    int Row,
    string? Id,
    string Source,
    string? EntityNumber,
    string? Type,
    string? Name,
    string? Title,
    ImmutableArray<string> Programs,
    ImmutableArray<string> AltNames,
    ImmutableArray<Address> Addresses,
    ImmutableArray<Identifier> Ids,
    ImmutableArray<string> Citizenships,
    ImmutableArray<string> DatesOfBirth,
    ImmutableArray<string> Nationalities,
    ImmutableArray<string> PlacesOfBirth,
    IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The single-valued fields the CSV and JSON share, by their CSL names.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement", "license_policy",
        "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks",
        "source_list_url", "source_information_url",
    ];

    /// <summary>A single-valued field, trimmed, or null when absent or blank.</summary>
    public string? Get(string field) => Fields.TryGetValue(field, out var value) ? value : null;
}
