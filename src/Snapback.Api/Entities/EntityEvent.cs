using Snapback.Screening.Lists;

namespace Snapback.Api.Entities;

/// <summary>What happened to an entity in one snapshot of one list.</summary>
/// <param name="Change"><c>listed</c>, <c>relisted</c>, <c>changed</c> or <c>removed</c>.</param>
/// <param name="Fields">For <c>changed</c>, the fields that differ from its previous record on that list.</param>
public sealed record EntityEvent(
    string Source,
    long SnapshotId,
    DateTimeOffset SnapshotDate,
    string Change,
    IReadOnlyList<FieldChange> Fields);
