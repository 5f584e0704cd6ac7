using Snapback.Lists.Model;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>A listed name parsed once at build, with its token weights and the entity it belongs to.</summary>
internal sealed class IndexedName(int entity, EntityName name, ParsedName parsed, float[] weights, bool isPerson, bool oneNameOfLonger = false)
{
    /// <summary>
    /// Whether this is a person's alias of one name (a family name alone listed as an alias, "AL-QADHAFI") while another of the
    /// person's names has more: one name of it is then one side of the person's name, not the whole (<see cref="HitRanker.ScoreName"/>).
    /// Never a primary name: a person the list names by one word ("SHAMSUDDIN") is named in full by it.
    /// </summary>
    public bool OneNameOfLonger { get; } = oneNameOfLonger;

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
