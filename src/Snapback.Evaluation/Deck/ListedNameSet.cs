using Snapback.Evaluation.Arabic;
using Snapback.Evaluation.Cyrillic;
using Snapback.Evaluation.Names;
using Snapback.Lists.Model;

namespace Snapback.Evaluation.Deck;

/// <summary>
/// Every listed name in the evaluation's own plain form (<see cref="PlainNames"/>): its words, and its letters run together;
/// Cyrillic and Arabic names also in the Latin letters of each romanisation system, and Latin names also as written in
/// Cyrillic and Arabic script. A made-up name is listed when it equals one of these forms, or, with two or more words, when
/// all its words are words of one of them (a listed name written shorter, which the deck counts as a positive).
/// Nothing looser: a spelling variant of a listed name stays a candidate negative, as a real customer of that name would.
/// </summary>
internal sealed class ListedNameSet
{
    private static readonly CyrillicSystem[] CyrillicSystems = Enum.GetValues<CyrillicSystem>();
    private static readonly ArabicSystem[] ArabicSystems = Enum.GetValues<ArabicSystem>();

    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> wordSets = [];
    private readonly Dictionary<string, List<int>> byWord = new(StringComparer.Ordinal);

    public ListedNameSet(IEnumerable<ListedEntity> entities)
    {
        foreach (var form in entities.SelectMany(static e => e.Names).SelectMany(static n => Forms(n.Full, rendered: true)))
        {
            var words = PlainNames.Words(form);
            if (words.Count == 0 || !keys.Add(PlainNames.Key(form)))
            {
                continue;
            }

            keys.Add(Joined(words));
            var id = wordSets.Count;
            wordSets.Add(new HashSet<string>(words, StringComparer.Ordinal));
            foreach (var word in wordSets[id])
            {
                if (!byWord.TryGetValue(word, out var ids))
                {
                    byWord[word] = ids = [];
                }

                ids.Add(id);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is listed: equal to a listed name's form, or, unless <paramref name="partsAllowed"/>, made
    /// of two or more words of one listed name.
    /// </summary>
    public bool Contains(string name, bool partsAllowed)
    {
        foreach (var form in Forms(name, rendered: false))
        {
            var words = PlainNames.Words(form);
            if (keys.Contains(PlainNames.Key(form)) || keys.Contains(Joined(words)))
            {
                return true;
            }

            if (!partsAllowed && words.Distinct(StringComparer.Ordinal).Count() >= 2 && IsPartOfOne(words))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPartOfOne(IReadOnlyList<string> words)
    {
        List<int>? rarest = null;
        foreach (var word in words)
        {
            if (!byWord.TryGetValue(word, out var ids))
            {
                return false;
            }

            rarest = rarest is null || ids.Count < rarest.Count ? ids : rarest;
        }

        return rarest!.Any(id => words.All(wordSets[id].Contains));
    }

    // The name, its romanisations if it is Cyrillic or Arabic, and (for listed names) its Cyrillic and Arabic renderings.
    private static IEnumerable<string> Forms(string name, bool rendered)
    {
        yield return name;
        switch (Scripts.Of(name))
        {
            case Script.Cyrillic:
                foreach (var system in CyrillicSystems)
                {
                    yield return CyrillicRomanizer.Romanize(name, system);
                }

                break;
            case Script.Arabic when ArabicNameReader.FromArabic(name) is { } parts:
                foreach (var system in ArabicSystems)
                {
                    yield return ArabicRomanizer.Romanize(parts, system, new Random(0));
                }

                break;
            case Script.Latin when rendered:
                yield return CyrillicRenderer.Render(name);
                if (ArabicNameReader.FromLatin(name) is { } latinParts)
                {
                    yield return ArabicRenderer.Write(latinParts, withoutHamzaSeats: false);
                }

                break;
        }
    }

    private static string Joined(IEnumerable<string> words) => "=" + string.Concat(words);
}
