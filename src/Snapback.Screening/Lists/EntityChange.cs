using System.Collections.Immutable;

namespace Snapback.Screening.Lists;

/// <summary>An entity present in both snapshots whose content differs, with the fields that changed.</summary>
public sealed record EntityChange(string EntityId, string PrimaryName, ImmutableArray<FieldChange> Fields);
