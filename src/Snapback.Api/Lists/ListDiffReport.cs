using Snapback.Screening.Lists;

namespace Snapback.Api.Lists;

/// <summary>What changed on one list between two snapshots: entities added, removed, and changed field by field.</summary>
public sealed record ListDiffReport(
    string Source,
    string Title,
    ListSnapshot From,
    ListSnapshot To,
    DiffSummary Summary,
    IReadOnlyList<EntityRef> Added,
    IReadOnlyList<EntityRef> Removed,
    IReadOnlyList<EntityChange> Changed);
