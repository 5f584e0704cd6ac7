namespace Snapback.Api.Entities;

/// <summary>A list in force at the asked moment that holds the entity, and the snapshot it holds it in.</summary>
public sealed record EntityListing(string Source, string Title, long SnapshotId, DateTimeOffset SnapshotDate);
