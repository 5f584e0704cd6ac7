namespace Snapback.Matching.Explanation;

/// <summary>A piece of secondary evidence and how much it changed the score (positive raises it).</summary>
public sealed record EvidenceNote(EvidenceKind Kind, string Detail, double Effect);
