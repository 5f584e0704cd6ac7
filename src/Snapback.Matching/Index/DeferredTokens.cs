namespace Snapback.Matching.Index;

/// <summary>
/// Per-thread set of the listed tokens one pass of a query token offers from the names already touched rather than through
/// their postings, each with its factor and whether it is distinctive; emptied by bumping a stamp.
/// </summary>
internal sealed class DeferredTokens
{
    private int[] stamps = [];
    private float[] factors = [];
    private bool[] distinctive = [];
    private int current;

    /// <summary>The number of tokens deferred since <see cref="Begin"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The tokens deferred since <see cref="Begin"/>, one bit each by <see cref="TokenVocabulary.MaskOf"/>.</summary>
    public ulong Mask { get; private set; }

    /// <summary>Empties the set, for a vocabulary of <paramref name="tokens"/> listed tokens.</summary>
    public void Begin(int tokens)
    {
        if (stamps.Length < tokens)
        {
            stamps = new int[tokens];
            factors = new float[tokens];
            distinctive = new bool[tokens];
            current = 0;
        }

        if (++current == int.MaxValue)
        {
            Array.Clear(stamps);
            current = 1;
        }

        Count = 0;
        Mask = 0;
    }

    /// <summary>Defers <paramref name="token"/>; false if it is already deferred (then it is offered apart).</summary>
    public bool Add(int token, float factor, bool isDistinctive)
    {
        if (stamps[token] == current)
        {
            return false;
        }

        stamps[token] = current;
        factors[token] = factor;
        distinctive[token] = isDistinctive;
        Count++;
        Mask |= TokenVocabulary.MaskOf(token);
        return true;
    }

    /// <summary>Whether <paramref name="token"/> is deferred, with its factor and whether it is distinctive.</summary>
    public bool TryGet(int token, out float factor, out bool isDistinctive)
    {
        var held = stamps[token] == current;
        factor = held ? factors[token] : 0;
        isDistinctive = held && distinctive[token];
        return held;
    }
}
