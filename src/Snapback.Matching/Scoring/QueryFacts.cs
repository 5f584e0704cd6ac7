using Snapback.Lists.Model;
using Snapback.Matching.Index;
using Snapback.Matching.Names;

namespace Snapback.Matching.Scoring;

/// <summary>A query parsed once: its name with token weights, and its secondary evidence in comparable form.</summary>
internal sealed class QueryFacts
{
    public QueryFacts(ScreenQuery query, NameCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        var context = query.Kind switch
        {
            EntityKind.Person => NameContext.Person,
            null => NameContext.Unknown,
            _ => NameContext.Organisation,
        };
        Name = NameParser.Parse(query.Name ?? string.Empty, context);
        Weights = catalog.Weigh(Name);
        BirthDate = PartialDate.Parse(query.BirthDate);
        Country = string.IsNullOrWhiteSpace(query.Country) ? null : Normalization.NameNormalizer.Normalize(query.Country);
        Identifiers = query.Identifiers.IsDefaultOrEmpty
            ? []
            : [.. query.Identifiers.Select(static i => IdentifierKey.Normalize(i.Value)).OfType<string>().Distinct(StringComparer.Ordinal)];
        var significant = 0;
        foreach (var t in Name.Tokens)
        {
            significant += t.Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number or TokenRole.Initial ? 1 : 0;
        }

        SignificantTokens = significant;
    }

    public ScreenQuery Query { get; }

    public ParsedName Name { get; }

    public float[] Weights { get; }

    public PartialDate? BirthDate { get; }

    public string? Country { get; }

    public string[] Identifiers { get; }

    public int SignificantTokens { get; }
}
