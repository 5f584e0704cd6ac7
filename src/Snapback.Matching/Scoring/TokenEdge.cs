using Snapback.Matching.Explanation;

namespace Snapback.Matching.Scoring;

/// <summary>
/// A possible pairing of query token <see cref="Query"/> (with <see cref="Query2"/> when two query tokens form one listed
/// token) with listed token <see cref="Listed"/> (with <see cref="Listed2"/> when one query token is two listed tokens written
/// together, in either order); the second positions are -1 when unused.
/// </summary>
internal readonly record struct TokenEdge(int Query, int Query2, int Listed, int Listed2, float Similarity, MatchMethod Method, float Edits)
{
    public uint QueryMask => (1u << Query) | (Query2 < 0 ? 0u : 1u << Query2);

    public ulong ListedMask => (1ul << Listed) | (Listed2 < 0 ? 0ul : 1ul << Listed2);

    /// <summary>Whether the pair continues a run: the query's neighbouring token pairs with the listed token's neighbour on the same side.</summary>
    public bool InRun { get; init; }

    public int Size => (Query2 < 0 ? 1 : 2) + (Listed2 < 0 ? 1 : 2);
}
