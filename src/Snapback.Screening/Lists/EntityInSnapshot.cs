using Snapback.Lists.Model;

namespace Snapback.Screening.Lists;

/// <summary>An entity as a given snapshot holds it.</summary>
public sealed record EntityInSnapshot(ListSnapshot Snapshot, ListedEntity Entity);
