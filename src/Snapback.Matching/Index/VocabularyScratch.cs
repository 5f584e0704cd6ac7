using System.Runtime.InteropServices;

namespace Snapback.Matching.Index;

/// <summary>
/// Per-thread scratch of the token lookups: marks of the listed tokens already compared for one query token, reset by bumping a
/// stamp, and the deletion variants of one form looked up together.
/// </summary>
internal sealed class VocabularyScratch
{
    private int[] stamps = [];
    private int current;

    public int Next(int size)
    {
        if (stamps.Length < size)
        {
            stamps = new int[size];
            current = 0;
        }

        if (++current == int.MaxValue)
        {
            Array.Clear(stamps);
            current = 1;
        }

        return current;
    }

    private readonly List<ulong> hashes = new(256);
    private readonly List<int> shapes = new(256);
    private (int Start, int Length)[] runs = new (int, int)[256];

    /// <summary>
    /// Looks up every deletion variant of <paramref name="form"/> (up to <paramref name="deletions"/> letters deleted) in
    /// <paramref name="map"/> at once (<see cref="HashedPostings.FindAll"/>); returns how many there are, each then read with
    /// <see cref="VariantShape"/> and <see cref="VariantIds"/>.
    /// </summary>
    public int LookUpVariants(HashedPostings map, string form, int deletions)
    {
        hashes.Clear();
        shapes.Clear();
        DeletionVariants.Visit(form, deletions, this, static (s, h, shape) =>
        {
            s.hashes.Add(h);
            s.shapes.Add(shape);
        });

        if (runs.Length < hashes.Count)
        {
            runs = new (int, int)[Math.Max(hashes.Count, 2 * runs.Length)];
        }

        map.FindAll(CollectionsMarshal.AsSpan(hashes), runs.AsSpan(0, hashes.Count));
        return hashes.Count;
    }

    /// <summary>The shape of the <paramref name="k"/>-th variant looked up.</summary>
    public int VariantShape(int k) => shapes[k];

    /// <summary>The ids found for the <paramref name="k"/>-th variant looked up in <paramref name="map"/>.</summary>
    public HashedPostings.Ids VariantIds(HashedPostings map, int k) => map.At(runs[k]);

    /// <summary>Whether <paramref name="id"/> is already marked under <paramref name="stamp"/>.</summary>
    public bool Seen(int id, int stamp) => stamps[id] == stamp;

    /// <summary>Whether <paramref name="id"/> is seen for the first time under <paramref name="stamp"/>; marks it.</summary>
    public bool FirstVisit(int id, int stamp)
    {
        if (stamps[id] == stamp)
        {
            return false;
        }

        stamps[id] = stamp;
        return true;
    }
}
