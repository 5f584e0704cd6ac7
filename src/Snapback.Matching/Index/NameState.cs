namespace Snapback.Matching.Index;

/// <summary>What reaches one listed name during a screen (<see cref="CandidateScratch"/>).</summary>
internal struct NameState
{
    /// <summary>Sum over query tokens of the most each contributes to the matched weight.</summary>
    public float Reach;

    /// <summary>The most the current query token contributes, before it is added to <see cref="Reach"/>.</summary>
    public float Best;

    /// <summary>The unpaired weight of the listed tokens reached, which the listed side's unmatched weight need not count.</summary>
    public float ReachedUnpaired;

    public uint QueryReached;

    public ulong ListedReached;

    public byte Flags;
}
