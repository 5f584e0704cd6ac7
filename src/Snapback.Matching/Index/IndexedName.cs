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

    /// <summary>Per token, what it adds to the listed side's unmatched weight when it is not paired (<see cref="NameScorer.UnmatchedListedWeights"/>).</summary>
    public float[] UnmatchedWeights { get; } = NameScorer.UnmatchedListedWeights(parsed, weights, isPerson);

    /// <summary>Unmatched listed weights, heaviest first, summed (<see cref="NameScorer.ListedUnmatchedPrefix"/>).</summary>
    public float[] UnmatchedPrefix { get; } = NameScorer.ListedUnmatchedPrefix(parsed, weights, isPerson);
}
