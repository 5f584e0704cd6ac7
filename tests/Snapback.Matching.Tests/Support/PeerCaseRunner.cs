using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Snapback.Lists.Model;

namespace Snapback.Matching.Tests.Support;

/// <summary>Runs one peer case: the candidate becomes the only listed entity, the query is screened at the default threshold.</summary>
internal static class PeerCaseRunner
{
    public static (bool Pass, string Detail) Run(PeerCase c)
    {
        var index = MatchIndex.Build([Candidate(c)]);
        var query = Query(c);
        if (c.Expect.StartsWith("score>=", StringComparison.Ordinal))
        {
            var bound = double.Parse(c.Expect["score>=".Length..], CultureInfo.InvariantCulture);
            var scored = index.Screen(query, MatchOptions.Default with { Threshold = 0 });
            var top = scored.Count > 0 ? scored[0].Score : 0;
            return (top >= bound, $"score {top:0.000}");
        }

        var hits = index.Screen(query, MatchOptions.Default);
        var all = index.Screen(query, MatchOptions.Default with { Threshold = 0 });
        var detail = all.Count > 0 ? all[0].Explanation.Summary : "no score";
        return c.Expect == "match" ? (hits.Count > 0, detail) : (hits.Count == 0, detail);
    }

    public static EntityKind? QueryKind(string? schema) => schema switch
    {
        "Person" => EntityKind.Person,
        "Company" or "Organization" => EntityKind.Organization,
        "Vessel" => EntityKind.Vessel,
        _ => null,
    };

    private static ListedEntity Candidate(PeerCase c)
    {
        var kind = c.Schema switch
        {
            "Person" or null => EntityKind.Person,
            "Vessel" => EntityKind.Vessel,
            _ => EntityKind.Organization,
        };
        var builder = new ListedEntityBuilder("peer-" + c.Line.ToString(CultureInfo.InvariantCulture), "peer", kind);
        builder.AddName(new EntityName(c.Candidate, NameType.Primary));
        if (c.CandidateProps is { } props)
        {
            foreach (var name in Values(props, "name"))
            {
                builder.AddName(new EntityName(name, NameType.StrongAlias));
            }

            foreach (var alias in Values(props, "alias"))
            {
                builder.AddName(new EntityName(alias, NameType.StrongAlias));
            }

            foreach (var date in Values(props, "birthDate"))
            {
                var parts = date.Split('-').Select(static p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                builder.BirthDates.Add(new BirthDate(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null));
            }

            builder.Nationalities.AddRange(Values(props, "country").Concat(Values(props, "nationality")));
            foreach (var (type, value) in Identifiers(props))
            {
                builder.Identifiers.Add(new Identifier(type ?? IdentifierType.Other, value));
            }
        }

        return builder.Build();
    }

    private static ScreenQuery Query(PeerCase c)
    {
        string? birth = null, country = null;
        var identifiers = ImmutableArray<QueryIdentifier>.Empty;
        if (c.QueryProps is { } props)
        {
            birth = Values(props, "birthDate").FirstOrDefault();
            country = Values(props, "country").FirstOrDefault();
            identifiers = [.. Identifiers(props).Select(static p => new QueryIdentifier(p.Value, p.Type))];
        }

        return new ScreenQuery(c.Query, QueryKind(c.Schema), birth, country, identifiers);
    }

    private static IEnumerable<(IdentifierType? Type, string Value)> Identifiers(JsonElement props)
    {
        var map = new (string Property, IdentifierType Type)[]
        {
            ("passportNumber", IdentifierType.Passport), ("idNumber", IdentifierType.NationalId), ("taxNumber", IdentifierType.TaxId),
            ("registrationNumber", IdentifierType.Registration), ("imoNumber", IdentifierType.Imo), ("swiftBic", IdentifierType.SwiftBic),
            ("mmsi", IdentifierType.Mmsi), ("callSign", IdentifierType.CallSign), ("email", IdentifierType.Email),
        };
        foreach (var (property, type) in map)
        {
            foreach (var value in Values(props, property))
            {
                yield return (type, value);
            }
        }
    }

    private static IEnumerable<string> Values(JsonElement props, string property) =>
        props.TryGetProperty(property, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(static v => v.GetString()).OfType<string>()
            : [];
}
