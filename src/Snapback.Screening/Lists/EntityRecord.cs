using Snapback.Lists.Model;

namespace Snapback.Screening.Lists;

/// <summary>A listed entity as it stood in one snapshot, and its whole history on that list.</summary>
/// <param name="InForce">True when <paramref name="Snapshot"/> is the snapshot in force at the date asked (the entity is listed then).</param>
public sealed record EntityRecord(ListedEntity Entity, ListSnapshot Snapshot, bool InForce, IReadOnlyList<EntityVersion> History);
