namespace Snapback.Screening.Lists;

/// <summary>The outcome of one import.</summary>
/// <param name="Snapshot">The saved snapshot (Imported), the existing one (Unchanged), or null (Held, Rejected).</param>
/// <param name="Previous">
/// The latest snapshot of the source before the import, if any; for the first snapshot of a source that superseded another
/// (<see cref="Snapback.Lists.ListSources.Supersedes"/>), the replaced source's snapshot in force before it.
/// </param>
/// <param name="Changes">
/// Added/removed/changed counts against <paramref name="Previous"/> (all added when there is none; by OFSI group id when it is an
/// OFSI ConList); null when Rejected or Unchanged.
/// </param>
/// <param name="Reason">Why it was held or rejected, for people.</param>
public sealed record ImportResult(ImportStatus Status, ListSnapshot? Snapshot, ListSnapshot? Previous, DiffSummary? Changes, string? Reason);
