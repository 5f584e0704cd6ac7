using System.Collections.Frozen;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// Inverted index from token keys to the names holding them, built once: keys of every token, of every pair of
/// adjacent tokens (so "Abdulrahman" finds "Abdul Rahman") and of the whole name written without spaces; single-deletion
/// variants of longer keys (so one typo still finds the name); consonant skeletons (for Arabic, Persian, Hebrew queries).
/// </summary>
internal sealed class TokenIndex
{
    private readonly FrozenDictionary<string, int> keyIds;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> keyLookup;
    private readonly string[] keys;
    private readonly int[][] postings;
    private readonly float[] factors;
    private readonly FrozenDictionary<string, int[]> deletions;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> deletionLookup;
    private readonly FrozenDictionary<string, int[]> skeletons;
    private readonly FrozenDictionary<string, int[]> compactSkeletons;
    private readonly FrozenDictionary<string, int[]> skeletonDeletions;

    public TokenIndex(NameCatalog catalog)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<List<int>>();
        var deletionLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeletonLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var compactSkeletonLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeletonDeletionLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var names = catalog.Names;
        for (var n = 0; n < names.Length; n++)
        {
            var tokens = names[n].Parsed.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.Role is TokenRole.Particle or TokenRole.Initial)
                {
                    continue;
                }

                var isNew = !ids.ContainsKey(t.Key);
                var id = Post(ids, lists, t.Key, n);
                if (isNew && t.Role != TokenRole.Number)
                {
                    if (t.Key.Length >= 4)
                    {
                        foreach (var variant in Deletions(t.Key))
                        {
                            Add(deletionLists, variant, id);
                        }
                    }

                    if (t.Skeleton.Length >= 2)
                    {
                        Add(skeletonLists, t.Skeleton, id);
                    }

                    if (t.Skeleton.Length >= 5)
                    {
                        foreach (var variant in Deletions(t.Skeleton))
                        {
                            Add(skeletonDeletionLists, variant, id);
                        }
                    }
                }

            }

            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                Post(ids, lists, tokens[i].Key + tokens[i + 1].Key, n);
            }

            var parsed = names[n].Parsed;
            if (parsed.Compact.Length >= 6)
            {
                Post(ids, lists, parsed.Compact, n);
            }

            if (parsed.RawCompact.Length >= 6 && !string.Equals(parsed.RawCompact, parsed.Compact, StringComparison.Ordinal))
            {
                Post(ids, lists, parsed.RawCompact, n);
            }

            if (parsed.CompactSkeleton.Length >= 3)
            {
                Add(compactSkeletonLists, parsed.CompactSkeleton, n);
            }
        }

        keyIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        keyLookup = keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        keys = new string[ids.Count];
        foreach (var (key, id) in ids)
        {
            keys[id] = key;
        }

        postings = [.. lists.Select(static l => l.ToArray())];
        factors = [.. keys.Select(catalog.Factor)];
        deletions = deletionLists.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
        deletionLookup = deletions.GetAlternateLookup<ReadOnlySpan<char>>();
        skeletons = skeletonLists.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
        skeletonDeletions = skeletonDeletionLists.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
        compactSkeletons = compactSkeletonLists.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Names whose consonants, written without spaces, equal <paramref name="skeleton"/> (for abjad queries).</summary>
    public int[] SameCompactSkeleton(string skeleton) =>
        compactSkeletons.TryGetValue(skeleton, out var names) ? names : [];

    /// <summary>The names holding exactly this key (token, adjacent pair or compact form).</summary>
    public int[] Exact(ReadOnlySpan<char> key) =>
        keyLookup.TryGetValue(key, out var id) ? postings[id] : [];

    /// <summary>Calls <paramref name="visit"/> with the postings of every key that is <paramref name="compact"/> less one letter.</summary>
    public void CompactDeletions<TState>(string compact, TState state, Action<TState, int[]> visit)
    {
        Span<char> buffer = stackalloc char[compact.Length];
        for (var skip = 0; skip < compact.Length; skip++)
        {
            if (skip > 0 && compact[skip] == compact[skip - 1])
            {
                continue;
            }

            compact.AsSpan(0, skip).CopyTo(buffer);
            compact.AsSpan(skip + 1).CopyTo(buffer[skip..]);
            if (keyLookup.TryGetValue(buffer[..(compact.Length - 1)], out var id))
            {
                visit(state, postings[id]);
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the postings of every indexed key within the allowed edits of <paramref name="key"/>
    /// and that key's document-frequency factor.
    /// </summary>
    public void Similar<TState>(string key, TState state, Action<TState, int[], float> visit)
    {
        var allowed = TokenSimilarity.AllowedEdits(key.Length);
        if (allowed == 0)
        {
            return;
        }

        Span<int> found = stackalloc int[64];
        var count = 0;
        Consider(key, ref found, ref count);
        Span<char> buffer = stackalloc char[key.Length];
        for (var skip = 0; skip < key.Length; skip++)
        {
            key.AsSpan(0, skip).CopyTo(buffer);
            key.AsSpan(skip + 1).CopyTo(buffer[skip..]);
            var variant = buffer[..(key.Length - 1)];
            if (keyLookup.TryGetValue(variant, out var id))
            {
                Remember(id, ref found, ref count);
            }

            Consider(variant, ref found, ref count);
        }

        // Rarest variants first: the first variant to reach a name is the heaviest it can pair with (see QueryScratch).
        SortByFactor(found[..count]);
        for (var k = 0; k < count; k++)
        {
            var candidate = keys[found[k]];
            var max = Math.Max(allowed, TokenSimilarity.AllowedEdits(candidate.Length));
            if (!string.Equals(candidate, key, StringComparison.Ordinal) && EditDistance.Compute(key, candidate, max) <= max)
            {
                visit(state, postings[found[k]], factors[found[k]]);
            }
        }
    }

    /// <summary>Postings of tokens whose consonant skeleton equals <paramref name="skeleton"/>, or is one edit away from it when it has five or more consonants.</summary>
    public void SameSkeleton<TState>(string skeleton, TState state, Action<TState, int[], float> visit)
    {
        var seen = new HashSet<int>();
        Visit(skeletons, skeleton);
        if (skeleton.Length >= 5)
        {
            Visit(skeletonDeletions, skeleton);
            for (var skip = 0; skip < skeleton.Length; skip++)
            {
                var variant = string.Concat(skeleton.AsSpan(0, skip), skeleton.AsSpan(skip + 1));
                Visit(skeletons, variant);
                Visit(skeletonDeletions, variant);
            }
        }

        void Visit(FrozenDictionary<string, int[]> map, string key)
        {
            if (map.TryGetValue(key, out var ids))
            {
                foreach (var id in ids)
                {
                    if (seen.Add(id))
                    {
                        visit(state, postings[id], factors[id]);
                    }
                }
            }
        }
    }

    private void SortByFactor(Span<int> ids)
    {
        // Insertion sort: a handful of keys, and no comparer allocation.
        for (var i = 1; i < ids.Length; i++)
        {
            var id = ids[i];
            var j = i - 1;
            while (j >= 0 && factors[ids[j]] < factors[id])
            {
                ids[j + 1] = ids[j];
                j--;
            }

            ids[j + 1] = id;
        }
    }

    private void Consider(ReadOnlySpan<char> variant, ref Span<int> found, ref int count)
    {
        if (deletionLookup.TryGetValue(variant, out var ids))
        {
            foreach (var id in ids)
            {
                Remember(id, ref found, ref count);
            }
        }
    }

    private static void Remember(int id, ref Span<int> found, ref int count)
    {
        if (count < found.Length && !found[..count].Contains(id))
        {
            found[count++] = id;
        }
    }

    private static int Post(Dictionary<string, int> ids, List<List<int>> lists, string key, int name)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = lists.Count;
            ids[key] = id;
            lists.Add([]);
        }

        var list = lists[id];
        if (list.Count == 0 || list[^1] != name)
        {
            list.Add(name);
        }

        return id;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(id);
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }
}
