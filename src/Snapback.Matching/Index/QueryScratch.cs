namespace Snapback.Matching.Index;

/// <summary>
/// Per-thread scratch for candidate retrieval: a bit mask per name of the query tokens that reached it, exactly (low 32
/// bits) or through a spelling variant (high 32 bits). Only touched entries are reset, so a screen costs what it touches,
/// not the size of the index.
/// </summary>
internal sealed class QueryScratch
{
    /// <summary>Set when a name was reached by the whole query (compact form or identifier), so it is always scored.</summary>
    public const ulong Whole = 1ul << 31;

    /// <summary>Set on a name reached by a query token that can make it a hit on its own (see <see cref="CandidateBound.Essential"/>).</summary>
    public const ulong Reached = 1ul << 63;

    [ThreadStatic]
    private static QueryScratch? current;

    public ulong[] Masks { get; private set; } = [];

    public List<int> Touched { get; } = new(256);

    /// <summary>The postings a screen found, in the order they are applied.</summary>
    public List<PendingPostings> Pending { get; } = new(32);

    /// <summary>
    /// Per name, the summed document-frequency factors of the spelling variants that first reached it for each query token.
    /// Variants are visited from the rarest down, so the first one is the heaviest a pairing through a variant can weigh.
    /// </summary>
    public float[] VariantReach { get; private set; } = [];

    public static QueryScratch Rent(int names)
    {
        var scratch = current ??= new QueryScratch();
        if (scratch.Masks.Length < names)
        {
            scratch.Masks = new ulong[names];
            scratch.VariantReach = new float[names];
        }

        return scratch;
    }

    /// <summary>Makes <paramref name="name"/> a candidate, before any bits are marked.</summary>
    public void Touch(int name)
    {
        if (Masks[name] == 0)
        {
            Touched.Add(name);
        }

        Masks[name] |= Reached;
    }

    /// <summary>Marks <paramref name="name"/> only if it is already a candidate.</summary>
    public void MarkCandidate(int name, ulong bits, float variantFactor)
    {
        if (Masks[name] != 0)
        {
            Mark(name, bits, variantFactor);
        }
    }

    public void Mark(int name, ulong bits, float variantFactor = 0)
    {
        var before = Masks[name];
        if (before == 0)
        {
            Touched.Add(name);
        }

        if ((before & bits) != bits && (bits >> 32) != 0)
        {
            VariantReach[name] += variantFactor;
        }

        Masks[name] = before | bits;
    }

    public void Reset()
    {
        foreach (var n in Touched)
        {
            Masks[n] = 0;
            VariantReach[n] = 0;
        }

        Touched.Clear();
        Pending.Clear();
    }
}
