using System.Collections.Frozen;
using Snapback.Lists.Model;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// Every listed name parsed once, with token weights from document frequency in the matcher's reference corpus
/// (<see cref="TokenFrequencyTable"/>): a token found in many names (Mohammed, Ali, Trading) weighs less than a rare one, so
/// names made only of common tokens need more evidence.
/// </summary>
internal sealed class NameCatalog
{
    private readonly TokenFrequencyTable frequencies;

    private NameCatalog(ListedEntity[] entities, IndexedName[] names, TokenFrequencyTable frequencies)
    {
        Entities = entities;
        Names = names;
        this.frequencies = frequencies;
        ById = entities.Select(static (e, i) => (e.Id, i)).DistinctBy(static p => p.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
    }

    public ListedEntity[] Entities { get; }

    public IndexedName[] Names { get; }

    public FrozenDictionary<string, int> ById { get; }

    /// <summary>Per entity, the index of its first parsed name, or -1 when it has none.</summary>
    public int[] FirstName { get; private set; } = [];

    public static NameCatalog Build(IEnumerable<ListedEntity> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entities = source.ToArray();
        var perEntity = ParseAll(entities);
        var parsed = new List<(int Entity, EntityName Name, ParsedName Parsed)>(entities.Length * 3);
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var (name, p) in perEntity[e])
            {
                parsed.Add((e, name, p));
            }
        }

        var catalog = new NameCatalog(entities, new IndexedName[parsed.Count], TokenFrequencyTable.Reference);
        var first = Enumerable.Repeat(-1, entities.Length).ToArray();
        for (var i = 0; i < parsed.Count; i++)
        {
            var (entity, name, p) = parsed[i];
            var isPerson = entities[entity].Kind == EntityKind.Person;
            // A one-word alias within a fuller name is one side of it; a one-word primary name is how the list names the person.
            var oneNameOfLonger = isPerson && name.Type != NameType.Primary && NameScorer.IsOneNameOf(p, perEntity[entity]);
            catalog.Names[i] = new IndexedName(entity, name, p, catalog.Weigh(p), isPerson, oneNameOfLonger);
            if (first[entity] < 0)
            {
                first[entity] = i;
            }
        }

        catalog.FirstName = first;

        return catalog;
    }

    /// <summary>Each entity's distinct names, parsed; in the entities' order.</summary>
    internal static List<(EntityName Name, ParsedName Parsed)>[] ParseAll(ListedEntity[] entities)
    {
        // Parsing (transliteration, keys) is most of a build: entities are parsed in parallel, then kept in their order.
        var perEntity = new List<(EntityName Name, ParsedName Parsed)>[entities.Length];
        Parallel.For(0, entities.Length, e => perEntity[e] = ParseNames(entities[e]));
        return perEntity;
    }

    private static List<(EntityName Name, ParsedName Parsed)> ParseNames(ListedEntity entity)
    {
        var result = new List<(EntityName, ParsedName)>(entity.Names.IsDefault ? 0 : entity.Names.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var context = entity.Kind == EntityKind.Person ? NameContext.Person : NameContext.Organisation;
        foreach (var name in entity.Names.IsDefault ? [] : entity.Names)
        {
            var p = NameParser.Parse(name.Full, context);
            if (!p.IsEmpty && seen.Add(string.Join(' ', p.Tokens.Select(static t => t.Text))))
            {
                result.Add((name, p));
            }
        }

        return result;
    }

    /// <summary>
    /// The inverse-document-frequency factor of a token key in 0.25..1, from the matcher's frozen frequency table
    /// (<see cref="TokenFrequencyTable.Reference"/>), never from the lists indexed: 1 for a key no reference name holds.
    /// </summary>
    public float Factor(string key)
    {
        var total = frequencies.Names;
        var count = frequencies.Count(key);
        return count == 0
            ? 1f
            : 0.25f + (0.75f * Math.Clamp(MathF.Log((total + 1f) / (count + 0.5f)) / MathF.Log(total + 1), 0f, 1f));
    }

    /// <summary>Role weight times the inverse-document-frequency factor of <see cref="Factor"/>.</summary>
    public float[] Weigh(ParsedName name)
    {
        var weights = new float[name.Tokens.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var token = name.Tokens[i];
            var factor = 1f;
            if (token.Role is TokenRole.Name or TokenRole.Generic or TokenRole.Patronymic)
            {
                factor = Factor(token.Key);
            }

            weights[i] = token.RoleWeight * factor;
        }

        return weights;
    }
}
