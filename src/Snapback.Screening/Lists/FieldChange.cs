using System.Collections.Immutable;

namespace Snapback.Screening.Lists;

/// <summary>
/// How one field of an entity changed. Single values fill <see cref="Before"/>/<see cref="After"/>; collections are compared as
/// sets and fill <see cref="Added"/>/<see cref="Removed"/> with the items' display text.
/// </summary>
public sealed record FieldChange(string Field, string? Before, string? After, ImmutableArray<string> Added, ImmutableArray<string> Removed)
{
    public static FieldChange Value(string field, string? before, string? after) => new(field, before, after, [], []);

    public static FieldChange Set(string field, ImmutableArray<string> added, ImmutableArray<string> removed) =>
        new(field, null, null, added, removed);
}
