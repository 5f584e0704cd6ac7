namespace Snapback.Matching.Index;

/// <summary>
/// An immutable multimap from 64-bit string hashes to ids, in two flat arrays bucketed by the hash's top bits: millions of
/// deletion variants cost a few bytes each instead of a string and a dictionary entry. Two strings with the same hash share
/// their ids, so a lookup can return ids that do not hold the string; callers verify every id they get.
/// </summary>
internal sealed class HashedPostings
{
    private readonly int shift;
    private readonly int[] bucketStart;
    private readonly ulong[] hashes;
    private readonly int[] ids;

    private HashedPostings(int shift, int[] bucketStart, ulong[] hashes, int[] ids)
    {
        this.shift = shift;
        this.bucketStart = bucketStart;
        this.hashes = hashes;
        this.ids = ids;
    }

    /// <summary>The number of (hash, id) entries held.</summary>
    public int Count => hashes.Length;

    /// <summary>Builds the map from (hash, id) entries; a repeated entry only costs a repeated id in a lookup.</summary>
    public static HashedPostings Build(HashedEntries entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (hashes, ids) = entries.Take();
        Array.Sort(hashes, ids);
        var bits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(2, hashes.Length))), 1, 24);
        var shift = 64 - bits;
        var bucketStart = new int[(1 << bits) + 1];
        foreach (var h in hashes)
        {
            bucketStart[(int)(h >> shift) + 1]++;
        }

        for (var b = 1; b < bucketStart.Length; b++)
        {
            bucketStart[b] += bucketStart[b - 1];
        }

        return new HashedPostings(shift, bucketStart, hashes, ids);
    }

    /// <summary>The ids stored under <paramref name="hash"/> (and under any string sharing it).</summary>
    public ReadOnlySpan<int> Find(ulong hash)
    {
        var bucket = (int)(hash >> shift);
        var start = bucketStart[bucket];
        var end = bucketStart[bucket + 1];
        while (start < end && hashes[start] < hash)
        {
            start++;
        }

        var stop = start;
        while (stop < end && hashes[stop] == hash)
        {
            stop++;
        }

        return ids.AsSpan(start, stop - start);
    }

    /// <summary>FNV-1a over the characters, with a final mix so that the top bits (the bucket) are well spread.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037ul;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211ul;
        }

        return Mix(h);
    }

    /// <summary>The hash of <paramref name="text"/> with the characters at <paramref name="skipA"/> and <paramref name="skipB"/> left out (-1: none).</summary>
    public static ulong HashWithout(ReadOnlySpan<char> text, int skipA, int skipB)
    {
        var h = 14695981039346656037ul;
        for (var i = 0; i < text.Length; i++)
        {
            if (i != skipA && i != skipB)
            {
                h = (h ^ text[i]) * 1099511628211ul;
            }
        }

        return Mix(h);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdul;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ul;
        h ^= h >> 33;
        return h;
    }
}
