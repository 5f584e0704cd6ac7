namespace Snapback.Matching.Index;

/// <summary>
/// Per-thread scratch for one screen: per listed name, whether it is a candidate, what the query tokens that reach it can
/// contribute at most, which query tokens and which of its own tokens are reached. Only touched entries are reset, so a
/// screen costs what it touches, not the size of the index.
/// </summary>
internal sealed class CandidateScratch
{
    public const byte Candidate = 1;

    /// <summary>Reached by the whole query (compact form): always scored.</summary>
    public const byte Whole = 2;

    /// <summary>Reached by a pairing that can make the name score (a distinctive query token, not by initial).</summary>
    public const byte Distinctive = 4;

    [ThreadStatic]
    private static CandidateScratch? current;

    public byte[] Flags { get; private set; } = [];

    /// <summary>Sum over query tokens of the most each can contribute to the matched weight.</summary>
    public float[] Reach { get; private set; } = [];

    /// <summary>The most the current query token contributes, before it is added to <see cref="Reach"/>.</summary>
    public float[] Best { get; private set; } = [];

    public uint[] QueryReached { get; private set; } = [];

    public ulong[] ListedReached { get; private set; } = [];

    public List<int> Touched { get; } = new(256);

    /// <summary>Names given a contribution by the current query token.</summary>
    public List<int> ByToken { get; } = new(256);

    /// <summary>Per query token, the listed tokens it pairs with.</summary>
    public List<TokenPair>[] Pairs { get; } = [.. Enumerable.Range(0, 32).Select(static _ => new List<TokenPair>(16))];

    /// <summary>Per query token, the names (and positions) where it is two listed tokens run together.</summary>
    public List<(int Name, int First, int Second)>[] Merges { get; } = [.. Enumerable.Range(0, 32).Select(static _ => new List<(int, int, int)>())];

    /// <summary>Per query token, listed tokens that are it and another query token run together, and that other token.</summary>
    public List<(int Token, int Partner)>[] Joins { get; } = [.. Enumerable.Range(0, 32).Select(static _ => new List<(int, int)>())];

    public VocabularyScratch Vocabulary { get; } = new();

    public static CandidateScratch Rent(int names)
    {
        var scratch = current ??= new CandidateScratch();
        if (scratch.Flags.Length < names)
        {
            scratch.Flags = new byte[names];
            scratch.Reach = new float[names];
            scratch.Best = new float[names];
            scratch.QueryReached = new uint[names];
            scratch.ListedReached = new ulong[names];
        }

        return scratch;
    }

    public void Touch(int name, byte flags)
    {
        if (Flags[name] == 0)
        {
            Touched.Add(name);
        }

        Flags[name] |= (byte)(Candidate | flags);
    }

    /// <summary>Records what the current query token can contribute to a candidate through one pairing.</summary>
    public void Offer(int name, float contribution, ulong listed, bool distinctive)
    {
        if (Flags[name] == 0)
        {
            return;
        }

        if (Best[name] == 0)
        {
            ByToken.Add(name);
        }

        Best[name] = Math.Max(Best[name], Math.Max(contribution, float.Epsilon));
        ListedReached[name] |= listed;
        if (distinctive)
        {
            Flags[name] |= Distinctive;
        }
    }

    /// <summary>Adds the current query token's contributions to <see cref="Reach"/>.</summary>
    public void EndToken(int token)
    {
        foreach (var n in ByToken)
        {
            Reach[n] += Best[n];
            Best[n] = 0;
            QueryReached[n] |= 1u << token;
        }

        ByToken.Clear();
    }

    public void Reset(int queryTokens)
    {
        foreach (var n in Touched)
        {
            Flags[n] = 0;
            Reach[n] = 0;
            QueryReached[n] = 0;
            ListedReached[n] = 0;
        }

        Touched.Clear();
        for (var i = 0; i < Math.Min(queryTokens, 32); i++)
        {
            Pairs[i].Clear();
            Merges[i].Clear();
            Joins[i].Clear();
        }
    }
}
