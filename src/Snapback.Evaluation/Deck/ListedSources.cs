using System.Collections.Immutable;
using Snapback.Evaluation.Arabic;
using Snapback.Evaluation.Names;
using Snapback.Lists.Model;

namespace Snapback.Evaluation.Deck;

/// <summary>The listed names the deck's positives are made from, grouped by what can be done with them.</summary>
internal sealed class ListedSources
{
    // Countries whose documents write names in Cyrillic (Russian is an official or common language of record there).
    private static readonly HashSet<string> CyrillicDocumentCountries =
        new(StringComparer.Ordinal) { "RU", "BY", "UA", "KZ", "KG", "TJ", "UZ", "TM", "MD", "AM", "AZ", "GE" };

    public ListedSources(IReadOnlyList<ListedEntity> entities)
    {
        var latin = new List<(ListedEntity, string)>();
        var persons = new List<(ListedEntity, PersonName)>();
        foreach (var entity in entities)
        {
            // An aircraft's listed "name" is its registration mark, not a name anyone misspells or transliterates.
            var primary = entity.Names[0];
            if (entity.Kind == EntityKind.Aircraft || Scripts.Of(primary.Full) != Script.Latin)
            {
                continue;
            }

            if (entity.Kind == EntityKind.Person && PersonName.From(primary) is { } person)
            {
                latin.Add((entity, person.Display));
                if (person.Words.Length >= 2)
                {
                    persons.Add((entity, person));
                }
            }
            else if (PlainNames.Tokens(primary.Full) is { Length: > 0 } words)
            {
                latin.Add((entity, string.Join(' ', words)));
            }
        }

        Latin = latin;
        LatinPersons = persons;
        Organisations = [.. latin.Where(static p => p.Item1.Kind == EntityKind.Organization)];
        CyrillicDocumentPersons =
            [.. persons.Where(static p => p.Item1.Nationalities.Concat(p.Item1.Citizenships).Any(CyrillicDocumentCountries.Contains))];
        ArabicNamedPersons = [.. persons.Where(static p => ArabicNameReader.FromLatin(p.Item2.Display) is { Length: >= 2 })];
        Cyrillic = InScript(entities, Script.Cyrillic);
        Arabic = InScript(entities, Script.Arabic);
        Greek = InScript(entities, Script.Greek);
    }

    /// <summary>Every entity with a Latin primary name, and that name (a person's given names first).</summary>
    public IReadOnlyList<(ListedEntity Entity, string Name)> Latin { get; }

    /// <summary>Persons with a Latin primary name of two or more words.</summary>
    public IReadOnlyList<(ListedEntity Entity, PersonName Name)> LatinPersons { get; }

    public IReadOnlyList<(ListedEntity Entity, string Name)> Organisations { get; }

    /// <summary>Persons of countries whose documents write names in Cyrillic.</summary>
    public IReadOnlyList<(ListedEntity Entity, PersonName Name)> CyrillicDocumentPersons { get; }

    /// <summary>Persons whose Latin name is made of known Arabic name words.</summary>
    public IReadOnlyList<(ListedEntity Entity, PersonName Name)> ArabicNamedPersons { get; }

    /// <summary>
    /// Entities with a Latin name and names in Cyrillic that are the same name (<see cref="NameCorrespondence"/>), and those
    /// names in ordinal order (a store may keep aliases in another order than the file); translations and nicknames in
    /// another script are not cross-script pairs.
    /// </summary>
    public IReadOnlyList<(ListedEntity Entity, ImmutableArray<string> Names)> Cyrillic { get; }

    public IReadOnlyList<(ListedEntity Entity, ImmutableArray<string> Names)> Arabic { get; }

    public IReadOnlyList<(ListedEntity Entity, ImmutableArray<string> Names)> Greek { get; }

    private static List<(ListedEntity, ImmutableArray<string>)> InScript(IReadOnlyList<ListedEntity> entities, Script script)
    {
        var pairs = new List<(ListedEntity, ImmutableArray<string>)>();
        foreach (var entity in entities)
        {
            var latin = entity.Names.Select(static n => n.Full).Where(static n => Scripts.Of(n) == Script.Latin).ToArray();
            ImmutableArray<string> names =
            [
                .. entity.Names.Select(static n => n.Full)
                    .Where(n => Scripts.Of(n) == script && NameCorrespondence.IsSameName(n, latin, entity.Kind != EntityKind.Person))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal),
            ];
            if (names.Length > 0)
            {
                pairs.Add((entity, names));
            }
        }

        return pairs;
    }
}
