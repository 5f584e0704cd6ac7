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

    /// <summary>Per listed name, what reaches it; one entry per name so that a posting touches one place in memory.</summary>
    public NameState[] States { get; private set; } = [];

    public List<int> Touched { get; } = new(256);

    /// <summary>Names given a contribution by the current query token.</summary>
    public List<int> ByToken { get; } = new(256);

    /// <summary>Per query token, the listed tokens it pairs with.</summary>
    public List<TokenPair>[] Pairs { get; } = [.. Enumerable.Range(0, 32).Select(static _ => new List<TokenPair>(16))];

    /// <summary>Per query token, the names (and positions) where it is two listed tokens run together.</summary>
    public List<(int Name, int First, int Second)>[] Merges { get; } = [.. Enumerable.Range(0, 32).Select(static _ => new List<(int, int, int)>())];

    /// <summary>Per query token, listed tokens that are it and another query token run together, and that other token.</summary>
    public List<(int Token, int Partner)>[] Joins { get; } = [.. Enumerable.Range(0, 32).Select(static _ => new List<(int, int)>())];

    /// <summary>The query's pairings (and merges and joins) by what each contributes at most, and the query token making it.</summary>
    public List<(float Contribution, int Token)> Contributions { get; } = new(64);

    public VocabularyScratch Vocabulary { get; } = new();

    /// <summary>The listed tokens the current pass offers from the names already touched.</summary>
    public DeferredTokens Deferred { get; } = new();

    public static CandidateScratch Rent(int names)
    {
        var scratch = current ??= new CandidateScratch();
        if (scratch.States.Length < names)
        {
            scratch.States = new NameState[names];
        }

        return scratch;
    }

    public void Touch(int name, byte flags)
    {
        ref var state = ref States[name];
        if (state.Flags == 0)
        {
            Touched.Add(name);
        }

        state.Flags |= (byte)(Candidate | flags);
    }

    /// <summary>
    /// Records what the current query token can contribute to a candidate through pairing its listed token at
    /// <paramref name="position"/>, whose weight when unpaired is <paramref name="unpaired"/>; nothing for a name not touched.
    /// </summary>
    public void Offer(int name, float contribution, int position, float unpaired, bool distinctive)
    {
        ref var state = ref States[name];
        if (state.Flags != 0)
        {
            Add(ref state, name, contribution, position, unpaired, distinctive);
        }
    }

    /// <summary><see cref="Touch"/> and <see cref="Offer"/> in one step, for the postings that make candidates.</summary>
    public void TouchAndOffer(int name, float contribution, int position, float unpaired, bool distinctive)
    {
        ref var state = ref States[name];
        if (state.Flags == 0)
        {
            Touched.Add(name);
        }

        state.Flags |= Candidate;
        Add(ref state, name, contribution, position, unpaired, distinctive);
    }

    private void Add(ref NameState state, int name, float contribution, int position, float unpaired, bool distinctive)
    {
        if (state.Best == 0)
        {
            ByToken.Add(name);
        }

        // Never zero once given, so that a name the token reached is told from one it did not.
        var given = contribution > float.Epsilon ? contribution : float.Epsilon;
        if (given > state.Best)
        {
            state.Best = given;
        }

        if (position < 64 && (state.ListedReached & (1ul << position)) == 0)
        {
            state.ListedReached |= 1ul << position;
            state.ReachedUnpaired += unpaired;
        }

        if (distinctive)
        {
            state.Flags |= Distinctive;
        }
    }

    /// <summary>Adds the current query token's contributions to each name's reach.</summary>
    public void EndToken(int token)
    {
        foreach (var n in ByToken)
        {
            ref var state = ref States[n];
            state.Reach += state.Best;
            state.Best = 0;
            state.QueryReached |= 1u << token;
        }

        ByToken.Clear();
    }

    public void Reset(int queryTokens)
    {
        foreach (var n in Touched)
        {
            States[n] = default;
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
