namespace Snapback.Api.Entities;

/// <summary>An entity on one list: whether the snapshot in force at the asked moment holds it, and when it was first and last seen.</summary>
/// <param name="SnapshotId">The snapshot in force at the asked moment, or null when the list had none yet.</param>
public sealed record EntityListing(
    string Source,
    string Title,
    bool Listed,
    long? SnapshotId,
    DateTimeOffset? SnapshotDate,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
