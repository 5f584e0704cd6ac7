using System.Collections.Frozen;

namespace Snapback.Matching.Index;

/// <summary>
/// Listed names written without spaces (<see cref="Names.ParsedName.Compact"/> and <see cref="Names.ParsedName.RawCompact"/>)
/// with their one-deletion variants, so that a query whose compact form is equal or one edit away finds the name, as
/// <see cref="Scoring.NameScorer.CompactScore"/> allows; and consonant skeletons written together, for abjad queries.
/// </summary>
internal sealed class CompactIndex
{
    /// <summary>The scorer compares compact forms of at least this many letters.</summary>
    public const int MinLength = 6;

    private readonly HashedPostings forms;
    private readonly FrozenDictionary<string, int[]> skeletons;

    public CompactIndex(NameCatalog catalog)
    {
        var entries = new HashedEntries();
        var names = catalog.Names;
        for (var n = 0; n < names.Length; n++)
        {
            var p = names[n].Parsed;
            foreach (var form in Forms(p))
            {
                DeletionVariants.Visit(form, 1, (entries, n), static (s, h, _) => s.entries.Add(h, s.n));
            }
        }

        forms = HashedPostings.Build(entries);
        skeletons = Enumerable.Range(0, names.Length)
            .Where(n => names[n].Parsed.CompactSkeleton.Length >= 3)
            .GroupBy(n => names[n].Parsed.CompactSkeleton, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The number of hashed compact forms and variants held.</summary>
    public int Count => forms.Count;

    /// <summary>
    /// Calls <paramref name="visit"/> with every name whose compact form may be within one edit of the query's, looking the
    /// variants up with <paramref name="lookups"/>.
    /// </summary>
    public void Find<TState>(Names.ParsedName query, VocabularyScratch lookups, TState state, Action<TState, int> visit)
    {
        foreach (var form in Forms(query))
        {
            var count = lookups.LookUpVariants(forms, form, 1);
            for (var k = 0; k < count; k++)
            {
                foreach (var n in lookups.VariantIds(forms, k))
                {
                    visit(state, (int)n);
                }
            }
        }

        if (query.HasAbjad && query.CompactSkeleton.Length >= 3 && skeletons.TryGetValue(query.CompactSkeleton, out var same))
        {
            foreach (var n in same)
            {
                visit(state, n);
            }
        }
    }

    private static IEnumerable<string> Forms(Names.ParsedName p)
    {
        if (p.Compact.Length >= MinLength)
        {
            yield return p.Compact;
        }

        if (p.RawCompact.Length >= MinLength && !string.Equals(p.RawCompact, p.Compact, StringComparison.Ordinal))
        {
            yield return p.RawCompact;
        }
    }
}
