namespace Snapback.Matching.Index;

/// <summary>Per-thread marks of the listed tokens already compared for one query token, reset by bumping a stamp.</summary>
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
