using System.Collections.Immutable;

namespace Snapback.Screening.Lists;

/// <summary>One stretch of an entity's life on a list: the snapshots it appeared in with the same content, and what changed on entry.</summary>
/// <param name="First">The first snapshot holding this content.</param>
/// <param name="Last">The last snapshot holding this content.</param>
/// <param name="Changes">Fields that differ from the version before; empty for the first listing.</param>
/// <param name="Relisted">True when the entity had been absent from the snapshot before <paramref name="First"/>.</param>
public sealed record EntityVersion(ListSnapshot First, ListSnapshot Last, string VersionHash, ImmutableArray<FieldChange> Changes, bool Relisted);
