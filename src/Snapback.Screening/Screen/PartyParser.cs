using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Snapback.Lists.Countries;
using Snapback.Lists.Model;
using Snapback.Matching;

namespace Snapback.Screening.Screen;

/// <summary>Checks a <see cref="PartyRequest"/> field by field and turns it into a <see cref="ScreenQuery"/>; errors name the field.</summary>
public static class PartyParser
{
    /// <summary>Longest name accepted; longer input is a mistake, not a name.</summary>
    public const int MaxNameLength = 500;

    /// <summary>Returns the query, or null with <paramref name="error"/> naming the wrong field.</summary>
    public static ScreenQuery? TryParse(PartyRequest request, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        error = null;
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            error = "name: required";
            return null;
        }

        if (request.Name.Length > MaxNameLength)
        {
            error = $"name: longer than {MaxNameLength} characters";
            return null;
        }

        EntityKind? kind = null;
        if (!string.IsNullOrWhiteSpace(request.Kind))
        {
            kind = ParseKind(request.Kind);
            if (kind is null)
            {
                error = $"kind: '{request.Kind}' is not one of person, organization, vessel, aircraft";
                return null;
            }
        }

        string? birthDate = null;
        if (!string.IsNullOrWhiteSpace(request.BirthDate))
        {
            birthDate = request.BirthDate.Trim();
            if (!IsPartialDate(birthDate))
            {
                error = $"birth_date: '{request.BirthDate}' is not YYYY-MM-DD, YYYY-MM or YYYY";
                return null;
            }
        }

        string? country = null;
        if (!string.IsNullOrWhiteSpace(request.Country))
        {
            country = CountryCodes.ToIso2(request.Country.Trim());
            if (country is null)
            {
                error = $"country: '{request.Country}' is not a known country name or ISO code";
                return null;
            }
        }

        var identifiers = ImmutableArray.CreateBuilder<QueryIdentifier>();
        foreach (var identifier in request.Identifiers ?? [])
        {
            if (identifier is null || string.IsNullOrWhiteSpace(identifier.Value))
            {
                error = "identifiers: an identifier has no value";
                return null;
            }

            IdentifierType? type = null;
            if (!string.IsNullOrWhiteSpace(identifier.Type))
            {
                type = ParseIdentifierType(identifier.Type);
                if (type is null)
                {
                    error = $"identifiers: type '{identifier.Type}' is not one of {string.Join(", ", IdentifierTypeNames.Keys)}";
                    return null;
                }
            }

            identifiers.Add(new QueryIdentifier(identifier.Value.Trim(), type));
        }

        return new ScreenQuery(request.Name.Trim(), kind, birthDate, country, identifiers.ToImmutable());
    }

    /// <summary>person/individual, organization/organisation/entity/company, vessel/ship, aircraft; case-insensitive.</summary>
    public static EntityKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "person" or "individual" => EntityKind.Person,
        "organization" or "organisation" or "entity" or "company" => EntityKind.Organization,
        "vessel" or "ship" => EntityKind.Vessel,
        "aircraft" => EntityKind.Aircraft,
        _ => null,
    };

    /// <summary>The wire name of a kind: person, organization, vessel, aircraft.</summary>
    public static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Vessel => "vessel",
        _ => "aircraft",
    };

    /// <summary>Identifier type names as the wire writes them: the enum's names in snake case (passport, national_id, imo, …).</summary>
    private static readonly Dictionary<string, IdentifierType> IdentifierTypeNames = Enum.GetValues<IdentifierType>()
        .ToDictionary(type => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString()), StringComparer.OrdinalIgnoreCase);

    private static IdentifierType? ParseIdentifierType(string text) =>
        IdentifierTypeNames.TryGetValue(text.Trim().Replace('-', '_').Replace(' ', '_'), out var type) ? type : null;

    private static bool IsPartialDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1800 and < 2200);
}
