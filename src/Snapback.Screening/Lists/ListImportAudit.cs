namespace Snapback.Screening.Lists;

/// <summary>What the audit trail records of a stored list snapshot (the data of a <c>list.imported</c> row).</summary>
/// <param name="FileName">The input's name or URL the snapshot came from.</param>
/// <param name="Added">Entries added against the previous snapshot of the list (all of them for a first import).</param>
public sealed record ListImportAudit(
    string Source, long SnapshotId, DateTimeOffset? PublishedAt, string Sha256, string? FileName, int Entities, int Added, int Changed, int Removed);
