using Snapback.Lists.Model;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>A listed name parsed once at build, with its token weights and the entity it belongs to.</summary>
internal sealed class IndexedName(int entity, EntityName name, ParsedName parsed, float[] weights, bool isPerson)
{
    public int Entity { get; } = entity;

    public EntityName Name { get; } = name;

    public ParsedName Parsed { get; } = parsed;

    public float[] Weights { get; } = weights;

    public bool IsPerson { get; } = isPerson;

    /// <summary>Per number of listed tokens paired, the most the listed coverage can add (<see cref="NameScorer.ListedCoverBounds"/>).</summary>
    public float[] CoverBounds { get; } = NameScorer.ListedCoverBounds(parsed, weights, isPerson);

    /// <summary>Unmatched listed weights, heaviest first, summed (<see cref="NameScorer.ListedUnmatchedPrefix"/>).</summary>
    public float[] UnmatchedPrefix { get; } = NameScorer.ListedUnmatchedPrefix(parsed, weights, isPerson);

    /// <summary>Whether the name holds an initial, which any query token may pair with.</summary>
    public bool HasInitial { get; } = Array.Exists(parsed.Tokens, static t => t.Role == TokenRole.Initial);
}
