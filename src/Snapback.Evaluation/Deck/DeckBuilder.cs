using System.Collections.Immutable;
using Snapback.Evaluation.Arabic;
using Snapback.Evaluation.Cyrillic;
using Snapback.Evaluation.Names;
using Snapback.Evaluation.Perturbations;
using Snapback.Lists.Model;
using C = Snapback.Evaluation.Deck.DeckCategories;

namespace Snapback.Evaluation.Deck;

/// <summary>
/// Makes the deck: for each category its own random stream (seed and category), so that a category's queries do not
/// change when another's do; at most one query per entity per category; then each category shuffled and cut in half.
/// </summary>
internal sealed class DeckBuilder
{
    private static readonly CyrillicSystem[] CyrillicSystems = Enum.GetValues<CyrillicSystem>();
    private static readonly ArabicSystem[] ArabicSystems = Enum.GetValues<ArabicSystem>();

    private readonly DeckOptions options;
    private readonly ListedSources sources;
    private readonly NegativeMaker negatives;

    public DeckBuilder(IReadOnlyList<ListedEntity> entities, DeckOptions options)
    {
        this.options = options;
        sources = new ListedSources(entities);
        negatives = new NegativeMaker(sources, new ListedNameSet(entities));
    }

    public ImmutableArray<EvaluationCase> Build()
    {
        var cases = ImmutableArray.CreateBuilder<EvaluationCase>();
        for (var k = 0; k < C.All.Length; k++)
        {
            var category = C.All[k];
            var random = new Random(unchecked((options.Seed * 397) ^ (k * 7919)));
            var made = category.Positive ? Positives(category, random) : negatives.Make(category, options.PerCategory, random);
            var order = Enumerable.Range(0, made.Count).ToArray();
            random.Shuffle(order);
            for (var i = 0; i < order.Length; i++)
            {
                cases.Add(made[order[i]] with { Category = category.Name, Tuning = i < order.Length / 2 });
            }
        }

        return cases.ToImmutable();
    }

    private List<EvaluationCase> Positives(DeckCategory category, Random random)
    {
        var s = sources;
        return category switch
        {
            _ when category == C.TypoOneEdit => Make(category, s.Latin, random, Typos.OneEdit),
            _ when category == C.TypoTwoEditsOneWord => Make(category, s.Latin, random, Typos.TwoEditsInOneWord),
            _ when category == C.TypoOneEditTwoWords => Make(category, s.Latin, random, Typos.OneEditInEachOfTwoWords),
            _ when category == C.Reorder => Make(category, s.LatinPersons, random, NamePerturbations.Reorder),
            _ when category == C.Case => Make(category, s.Latin, random, NamePerturbations.ChangeCase),
            _ when category == C.NoPunctuation => Make(category, s.Latin, random, NamePerturbations.RemovePunctuation),
            _ when category == C.Initials => Make(category, s.LatinPersons, random, NamePerturbations.Initials),
            _ when category == C.DroppedMiddleName => Make(category, s.LatinPersons, random, NamePerturbations.DropMiddleName),
            _ when category == C.MergedMixedCase => Make(category, s.LatinPersons, random, static (n, r) => Merge(n, true, r)),
            _ when category == C.MergedOneCase => Make(category, s.LatinPersons, random, static (n, r) => Merge(n, false, r)),
            _ when category == C.SplitWord => Make(category, s.Latin, random, NamePerturbations.SplitWord),
            _ when category == C.LegalFormMisspelt => Make(category, s.Organisations, random, LegalForms.Misspell),
            _ when category == C.CyrillicNative => Make(category, s.Cyrillic, random, Native),
            _ when category == C.CyrillicRomanised => Make(category, s.Cyrillic, random, Romanised),
            _ when category == C.CyrillicRendered => Make(category, s.CyrillicDocumentPersons, random, static (n, _) => Cyrillic(n)),
            _ when category == C.ArabicNative => Make(category, s.Arabic, random, Native),
            _ when category == C.ArabicRomanised => Make(category, s.Arabic, random, Romanised),
            _ when category == C.ArabicRendered => Make(category, s.ArabicNamedPersons, random, static (n, r) => Arabic(n, r)),
            _ when category == C.GreekNative => Make(category, s.Greek, random, Native),
            _ => throw new InvalidOperationException($"no maker for {category.Name}"),
        };
    }

    private static string? Native(ImmutableArray<string> names, Random random) => names[random.Next(names.Length)];

    private static string? Merge(PersonName name, bool mixedCase, Random random) =>
        NamePerturbations.MergeGivenAndFamily(name, mixedCase, random);

    private static string Cyrillic(PersonName name) => CyrillicRenderer.Render(name.Display);

    private static string? Arabic(PersonName name, Random random) => ArabicRenderer.Render(name.Display, random);

    // A listed Cyrillic or Arabic name in Latin letters by one of the published systems, in turn.
    private static string? Romanised(ImmutableArray<string> names, Random random)
    {
        var name = names[random.Next(names.Length)];
        if (Scripts.Of(name) == Script.Cyrillic)
        {
            return CyrillicRomanizer.Romanize(name, CyrillicSystems[random.Next(CyrillicSystems.Length)]);
        }

        var readable = names.Select(static n => ArabicNameReader.FromArabic(n)).Where(static p => p is { Length: >= 2 }).ToArray();
        if (readable.Length == 0)
        {
            return null;
        }

        var parts = readable[random.Next(readable.Length)]!.Value;
        return ArabicRomanizer.Romanize(parts, ArabicSystems[random.Next(ArabicSystems.Length)], random);
    }

    // Queries from the pool in a random order, one per entity, until the category is full or the pool runs out.
    private List<EvaluationCase> Make<T>(
        DeckCategory category, IReadOnlyList<(ListedEntity Entity, T Source)> pool, Random random, Func<T, Random, string?> perturb)
    {
        var made = new List<EvaluationCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, pool.Count).ToArray();
        random.Shuffle(order);
        foreach (var i in order)
        {
            if (made.Count >= options.PerCategory)
            {
                break;
            }

            var (entity, from) = pool[i];
            if (Query(entity, from, random, perturb, category.Withheld) is { } query && seen.Add(query))
            {
                made.Add(new EvaluationCase(string.Empty, query, entity.Id, entity.PrimaryName, false));
            }
        }

        return made;
    }

    // A perturbation that is not one of the entity's indexed names as written ("KRSTIC, Radislav" reordered from
    // "Radislav KRSTIC" is OFAC's own spelling): a query must never be an indexed string used verbatim. A cross-script
    // query is screened with the entity's non-Latin names taken out, so only its Latin names count.
    private static string? Query<T>(ListedEntity entity, T from, Random random, Func<T, Random, string?> perturb, bool withheld)
    {
        var indexed = entity.Names.Select(static n => n.Full.Trim()).Where(n => !withheld || Scripts.Of(n) == Script.Latin)
            .ToHashSet(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (perturb(from, random)?.Trim() is { Length: > 0 } query && !indexed.Contains(query))
            {
                return query;
            }
        }

        return null;
    }
}
