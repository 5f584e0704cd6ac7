namespace Snapback.Matching.Evaluation;

/// <summary>For a positive category, the share of cases whose expected entity was hit; for a negative one, the share with any hit.</summary>
public sealed record CategoryResult(string Category, bool Positive, int Cases, int WithHit, double Rate);
