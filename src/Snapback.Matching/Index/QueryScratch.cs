namespace Snapback.Matching.Index;

/// <summary>
/// Per-thread scratch for candidate retrieval: a bit mask per name of the query tokens that reached it. Only touched
/// entries are reset, so a screen costs what it touches, not the size of the index.
/// </summary>
internal sealed class QueryScratch
{
    /// <summary>Set when a name was reached by the whole query (compact form or identifier), so it is always scored.</summary>
    public const uint Whole = 1u << 31;

    [ThreadStatic]
    private static QueryScratch? current;

    public uint[] Masks { get; private set; } = [];

    public List<int> Touched { get; } = new(256);

    public static QueryScratch Rent(int names)
    {
        var scratch = current ??= new QueryScratch();
        if (scratch.Masks.Length < names)
        {
            scratch.Masks = new uint[names];
        }

        return scratch;
    }

    public void Mark(int name, uint bits)
    {
        var before = Masks[name];
        if (before == 0)
        {
            Touched.Add(name);
        }

        Masks[name] = before | bits;
    }

    public void Reset()
    {
        foreach (var n in Touched)
        {
            Masks[n] = 0;
        }

        Touched.Clear();
    }
}
