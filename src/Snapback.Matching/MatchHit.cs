using Snapback.Lists.Model;

namespace Snapback.Matching;

/// <summary>A listed entity found for a query, with its score in 0..1, the name that matched and why.</summary>
public sealed record MatchHit(ListedEntity Entity, double Score, string MatchedName, MatchExplanation Explanation);
