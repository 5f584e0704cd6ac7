using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// Every ordered pair of tokens within a listed name, keyed by their keys (and their texts) written together, so that a query token that is
/// two listed tokens run together ("RADISLAVKRSTIC" for "KRSTIC, Radislav") finds the name in one lookup.
/// </summary>
internal sealed class MergeTable
{
    /// <summary>Only the first tokens of a name take part in pairs; the rest of a very long name is not merged.</summary>
    public const int MaxPosition = 16;

    private readonly HashedPostings pairs;

    // Latin names in a row, or with a particle between, by their skeletons written together (NameScorer.RunSkeleton).
    private readonly HashedPostings runs;

    public MergeTable(NameCatalog catalog)
    {
        var entries = new HashedEntries();
        var names = catalog.Names;
        Span<char> buffer = stackalloc char[256];
        for (var n = 0; n < names.Length; n++)
        {
            var c = names[n].Parsed.Tokens;
            var count = Math.Min(c.Length, MaxPosition);
            for (var j = 0; j < count; j++)
            {
                for (var k = 0; k < count; k++)
                {
                    if (j == k)
                    {
                        continue;
                    }

                    // By keys and, where they differ, by texts run together (NameScorer.IsMerge).
                    var byKey = JoinedHash(buffer, c[j].Key, c[k].Key);
                    if (byKey != 0)
                    {
                        entries.Add(byKey, Pack(n, j, k));
                    }

                    if (!string.Equals(c[j].Text, c[j].Key, StringComparison.Ordinal) || !string.Equals(c[k].Text, c[k].Key, StringComparison.Ordinal))
                    {
                        var byText = JoinedHash(buffer, c[j].Text, c[k].Text);
                        if (byText != byKey && byText != 0)
                        {
                            entries.Add(byText, Pack(n, j, k));
                        }
                    }
                }
            }
        }

        pairs = HashedPostings.Build(entries);
        var runEntries = new HashedEntries();
        for (var n = 0; n < names.Length; n++)
        {
            var c = names[n].Parsed.Tokens;
            for (var j = 0; j + 1 < Math.Min(c.Length, MaxPosition); j++)
            {
                for (var k = j + 1; k <= j + 2 && k < MaxPosition; k++)
                {
                    if (NameScorer.RunSkeleton(c, j, k) is { Length: >= 3 } run)
                    {
                        runEntries.Add(HashedPostings.Hash(run), Pack(n, j, k));
                    }
                }
            }
        }

        runs = HashedPostings.Build(runEntries);
    }

    // The hash of two forms written together; 0 when they are too long to hold.
    private static ulong JoinedHash(Span<char> buffer, string first, string second)
    {
        var length = first.Length + second.Length;
        if (length > buffer.Length)
        {
            return 0;
        }

        first.AsSpan().CopyTo(buffer);
        second.AsSpan().CopyTo(buffer[first.Length..]);
        return HashedPostings.Hash(buffer[..length]);
    }

    /// <summary>The number of token pairs held.</summary>
    public int Count => pairs.Count + runs.Count;

    /// <summary>
    /// Calls <paramref name="visit"/> with (name, first, second) for every listed pair that query token <paramref name="whole"/>
    /// is written together (<see cref="NameScorer.IsMerge"/>); a pair met by both its keys and its texts may come twice.
    /// </summary>
    public void Find<TState>(NameCatalog catalog, in NameToken whole, TState state, Action<TState, int, int, int> visit)
    {
        var byKey = HashedPostings.Hash(whole.Key);
        Visit(catalog, whole, byKey, state, visit);
        var byText = HashedPostings.Hash(whole.Text);
        if (byText != byKey)
        {
            Visit(catalog, whole, byText, state, visit);
        }

        if (whole.Abjad && whole.Role == TokenRole.Name)
        {
            VisitRuns(catalog, whole, whole.Skeleton, state, visit);
            foreach (var skeleton in whole.SkeletonAlternatives)
            {
                VisitRuns(catalog, whole, skeleton, state, visit);
            }
        }
    }

    // An abjad word that is a run of listed Latin names written as one (NameScorer.IsRunOf).
    private void VisitRuns<TState>(NameCatalog catalog, in NameToken whole, string skeleton, TState state, Action<TState, int, int, int> visit)
    {
        foreach (var packed in runs.Find(HashedPostings.Hash(skeleton)))
        {
            var (n, j, k) = Unpack((int)packed);
            var c = catalog.Names[n].Parsed.Tokens;
            if (NameScorer.IsRunOf(whole, NameScorer.RunSkeleton(c, j, k)))
            {
                visit(state, n, j, k);
            }
        }
    }

    private void Visit<TState>(NameCatalog catalog, in NameToken whole, ulong hash, TState state, Action<TState, int, int, int> visit)
    {
        foreach (var packed in pairs.Find(hash))
        {
            var (n, j, k) = Unpack((int)packed);
            var c = catalog.Names[n].Parsed.Tokens;
            if (NameScorer.IsMerge(whole, c[j], c[k]))
            {
                visit(state, n, j, k);
            }
        }
    }

    private static int Pack(int name, int first, int second) => (name * MaxPosition * MaxPosition) + (first * MaxPosition) + second;

    private static (int Name, int First, int Second) Unpack(int packed) =>
        (packed / (MaxPosition * MaxPosition), packed / MaxPosition % MaxPosition, packed % MaxPosition);
}
