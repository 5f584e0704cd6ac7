namespace Snapback.Screening.Lists;

/// <summary>An entity as it appears in one snapshot: the snapshot and the content hash of the entity there.</summary>
public sealed record EntityAppearance(ListSnapshot Snapshot, string VersionHash);
