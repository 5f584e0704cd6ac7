using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// Every ordered pair of tokens within a listed name, keyed by their keys written together, so that a query token that is
/// two listed tokens run together ("RADISLAVKRSTIC" for "KRSTIC, Radislav") finds the name in one lookup.
/// </summary>
internal sealed class MergeTable
{
    /// <summary>Only the first tokens of a name take part in pairs; the rest of a very long name is not merged.</summary>
    public const int MaxPosition = 16;

    private readonly HashedPostings pairs;

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
                    var length = c[j].Key.Length + c[k].Key.Length;
                    if (j == k || length > buffer.Length)
                    {
                        continue;
                    }

                    c[j].Key.AsSpan().CopyTo(buffer);
                    c[k].Key.AsSpan().CopyTo(buffer[c[j].Key.Length..]);
                    entries.Add(HashedPostings.Hash(buffer[..length]), Pack(n, j, k));
                }
            }
        }

        pairs = HashedPostings.Build(entries);
    }

    /// <summary>The number of token pairs held.</summary>
    public int Count => pairs.Count;

    /// <summary>Calls <paramref name="visit"/> with (name, first, second) for every listed pair whose keys written together are <paramref name="key"/>.</summary>
    public void Find<TState>(NameCatalog catalog, string key, TState state, Action<TState, int, int, int> visit)
    {
        foreach (var packed in pairs.Find(HashedPostings.Hash(key)))
        {
            var (n, j, k) = Unpack(packed);
            var c = catalog.Names[n].Parsed.Tokens;
            if (NameScorer.IsConcatenation(key, c[j].Key, c[k].Key))
            {
                visit(state, n, j, k);
            }
        }
    }

    private static int Pack(int name, int first, int second) => (name * MaxPosition * MaxPosition) + (first * MaxPosition) + second;

    private static (int Name, int First, int Second) Unpack(int packed) =>
        (packed / (MaxPosition * MaxPosition), packed / MaxPosition % MaxPosition, packed % MaxPosition);
}
