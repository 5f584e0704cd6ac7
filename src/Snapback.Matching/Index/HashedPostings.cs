namespace Snapback.Matching.Index;

/// <summary>
/// An immutable multimap from 64-bit string hashes to ids, in two flat arrays bucketed by the hash's top bits: millions of
/// deletion variants cost a few bytes each instead of a string and a dictionary entry. Each entry holds the next 24 bits of
/// its hash beside its id and <see cref="ExtraBits"/> bits the caller gives with it, so that a lookup reads the bucket bounds
/// and then one run of entries. Two strings whose hashes share those bits share their ids, so a lookup can return ids that
/// do not hold the string; callers verify every id they get.
/// </summary>
internal sealed class HashedPostings
{
    /// <summary>The bits an entry holds beside its id (<see cref="HashedEntries.Add"/>), read back above the id's 32.</summary>
    public const int ExtraBits = 8;

    /// <summary>
    /// Where the extra bits travel until the map is built: in the lowest bits of the hash, below any a bucket or a fingerprint
    /// reads.
    /// </summary>
    public const ulong ExtraMask = (1ul << ExtraBits) - 1;

    private const ulong FingerprintMask = 0xFFFF_FF00_0000_0000ul;

    private const ulong PayloadMask = (1ul << (32 + ExtraBits)) - 1;

    private readonly int bits;
    private readonly int[] bucketStart;
    private readonly ulong[] entries;

    private HashedPostings(int bits, int[] bucketStart, ulong[] entries)
    {
        this.bits = bits;
        this.bucketStart = bucketStart;
        this.entries = entries;
    }

    /// <summary>The number of (hash, id) entries held.</summary>
    public int Count => entries.Length;

    /// <summary>Builds the map from (hash, id) entries; a repeated entry only costs a repeated id in a lookup.</summary>
    public static HashedPostings Build(HashedEntries entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (hashes, ids) = entries.Take();
        var bits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(2, hashes.Length))), 1, 24);
        var bucketStart = new int[(1 << bits) + 1];
        foreach (var h in hashes)
        {
            bucketStart[Bucket(h, bits) + 1]++;
        }

        for (var b = 1; b < bucketStart.Length; b++)
        {
            bucketStart[b] += bucketStart[b - 1];
        }

        // Sorted by hash, the entries are in bucket order and by fingerprint within a bucket; each then takes its extra bits and
        // its id in place. The sort is most of a build and the last part of an index built: the hashes below and above the middle
        // of the range are parted in place, then each half is sorted on its own core.
        var middle = PartByTopBit(hashes, ids);
        Parallel.Invoke(() => Array.Sort(hashes, ids, 0, middle), () => Array.Sort(hashes, ids, middle, hashes.Length - middle));
        var packed = hashes;
        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = Fingerprint(hashes[i], bits) | ((hashes[i] & ExtraMask) << 32) | (uint)ids[i];
        }

        return new HashedPostings(bits, bucketStart, packed);
    }

    // Moves the hashes with the top bit clear before those with it set (and their ids with them); returns where the second
    // part begins.
    private static int PartByTopBit(ulong[] hashes, int[] ids)
    {
        var low = 0;
        var high = hashes.Length - 1;
        while (true)
        {
            while (low <= high && (long)hashes[low] >= 0)
            {
                low++;
            }

            while (low <= high && (long)hashes[high] < 0)
            {
                high--;
            }

            if (low >= high)
            {
                return low;
            }

            (hashes[low], hashes[high]) = (hashes[high], hashes[low]);
            (ids[low], ids[high]) = (ids[high], ids[low]);
        }
    }

    /// <summary>The ids stored under <paramref name="hash"/> (and under any string sharing its bucket and fingerprint).</summary>
    public Ids Find(ulong hash)
    {
        var bucket = Bucket(hash, bits);
        return At(RunOf(hash, bucketStart[bucket], bucketStart[bucket + 1]));
    }

    /// <summary>
    /// Finds the run of entries of each of <paramref name="hashes"/> (as <see cref="Find"/>), into <paramref name="runs"/>, a
    /// pass over all of them for their buckets, then one for their fingerprints: the lookups are independent, so the reads of
    /// memory they wait on overlap instead of coming one after another.
    /// </summary>
    public void FindAll(ReadOnlySpan<ulong> hashes, Span<(int Start, int Length)> runs)
    {
        for (var k = 0; k < hashes.Length; k++)
        {
            // The bucket's start and end, until the second pass narrows them to the run's start and length.
            var bucket = Bucket(hashes[k], bits);
            runs[k] = (bucketStart[bucket], bucketStart[bucket + 1]);
        }

        for (var k = 0; k < hashes.Length; k++)
        {
            runs[k] = RunOf(hashes[k], runs[k].Start, runs[k].Length);
        }
    }

    /// <summary>The ids of a run <see cref="FindAll"/> found.</summary>
    public Ids At((int Start, int Length) run) => new(entries.AsSpan(run.Start, run.Length));

    // The entries of the bucket's [start, end) holding the hash's fingerprint, as (start, length).
    private (int Start, int Length) RunOf(ulong hash, int start, int end)
    {
        var fingerprint = Fingerprint(hash, bits);
        while (start < end && (entries[start] & FingerprintMask) < fingerprint)
        {
            start++;
        }

        var stop = start;
        while (stop < end && (entries[stop] & FingerprintMask) == fingerprint)
        {
            stop++;
        }

        return (start, stop - start);
    }

    private static int Bucket(ulong hash, int bits) => (int)(hash >> (64 - bits));

    // The 24 bits of the hash below its bucket's, at the top of an entry.
    private static ulong Fingerprint(ulong hash, int bits) => (hash << bits) & FingerprintMask;

    /// <summary>The ids of a run of entries, each with its extra bits above its 32 bits (<see cref="ExtraBits"/>), in place.</summary>
    public readonly ref struct Ids(ReadOnlySpan<ulong> entries)
    {
        private readonly ReadOnlySpan<ulong> entries = entries;

        public Enumerator GetEnumerator() => new(entries);

        /// <summary>Enumerates the ids of a run of entries.</summary>
        public ref struct Enumerator(ReadOnlySpan<ulong> entries)
        {
            private readonly ReadOnlySpan<ulong> entries = entries;
            private int index = -1;

            public readonly long Current => (long)(entries[index] & PayloadMask);

            public bool MoveNext() => ++index < entries.Length;
        }
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
