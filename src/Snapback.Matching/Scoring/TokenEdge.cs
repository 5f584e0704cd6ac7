using Snapback.Matching.Explanation;

namespace Snapback.Matching.Scoring;

/// <summary>A possible pairing of <see cref="QueryCount"/> query tokens from <see cref="Query"/> with listed tokens from <see cref="Listed"/>.</summary>
internal readonly record struct TokenEdge(int Query, int QueryCount, int Listed, int ListedCount, float Similarity, MatchMethod Method, float Edits);
