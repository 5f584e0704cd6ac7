using System.Collections.Immutable;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.Countries;

/// <summary>
/// Gives every parsed list the same country form, whatever its format wrote: nationalities and citizenships as ISO 3166-1 alpha-2
/// codes where the name resolves (the text as written otherwise), and every address its <see cref="Address.CountryCode"/>.
/// </summary>
public static class CountryNormalizer
{
    public static ParsedList Apply(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list with { Entities = [.. list.Entities.Select(Apply)] };
    }

    public static ListedEntity Apply(ListedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity with
        {
            Nationalities = Codes(entity.Nationalities),
            Citizenships = Codes(entity.Citizenships),
            Addresses = [.. entity.Addresses.Select(a => a.CountryCode is null && a.Country is not null ? a with { CountryCode = CountryCodes.ToIso2(a.Country) } : a)],
        };
    }

    private static ImmutableArray<string> Codes(ImmutableArray<string> countries) =>
        [.. countries.Select(c => CountryCodes.ToIso2(c) ?? c).Distinct(StringComparer.Ordinal)];
}
