namespace Snapback.Matching.Index;

/// <summary>(hash, id) pairs collected for a <see cref="HashedPostings"/>, in two growing arrays rather than a list of tuples.</summary>
/// <param name="capacity">How many entries to hold before growing: given exactly, the arrays are handed over as they are.</param>
internal sealed class HashedEntries(int capacity = 1024)
{
    private ulong[] hashes = new ulong[Math.Max(1, capacity)];
    private int[] ids = new int[Math.Max(1, capacity)];
    private int count;

    /// <summary>Adds an id under a hash, with <paramref name="extra"/> (<see cref="HashedPostings.ExtraBits"/> bits) beside it.</summary>
    public void Add(ulong hash, int id, int extra = 0)
    {
        if (count == hashes.Length)
        {
            Array.Resize(ref hashes, count * 2);
            Array.Resize(ref ids, count * 2);
        }

        hashes[count] = (hash & ~HashedPostings.ExtraMask) | ((ulong)extra & HashedPostings.ExtraMask);
        ids[count++] = id;
    }

    /// <summary>The entries, trimmed to their count; the collector is empty afterwards.</summary>
    public (ulong[] Hashes, int[] Ids) Take()
    {
        var result = count == hashes.Length ? (hashes, ids) : (hashes[..count], ids[..count]);
        hashes = [];
        ids = [];
        count = 0;
        return result;
    }
}
