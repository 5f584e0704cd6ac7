namespace Snapback.Matching.Explanation;

/// <summary>One query token and the listed token it was paired with (either is null when unmatched).</summary>
public sealed record TokenMatch(string? QueryToken, string? ListedToken, MatchMethod Method, double Similarity, double Edits = 0);
