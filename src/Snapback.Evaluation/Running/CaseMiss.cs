namespace Snapback.Evaluation.Running;

/// <summary>A held-out query that went wrong: a positive that did not find its entity, or a negative that alerted.</summary>
/// <param name="Query">The name screened.</param>
/// <param name="ExpectedId">The entity it had to find; null for a negative.</param>
/// <param name="Source">The listed name it was made from; null for a negative.</param>
/// <param name="Score">The expected entity's score (positives, 0 when not among the hits) or the best hit's (negatives).</param>
/// <param name="BestHit">The best hit's entity id and listed name, if any.</param>
public sealed record CaseMiss(string Query, string? ExpectedId, string? Source, double Score, string? BestHit);
