using Snapback.Lists.Model;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Lists;

/// <summary>
/// Where list snapshots live: every imported publication of every source, with its entities stored once per distinct content.
/// Implemented for SQLite and PostgreSQL in Snapback.Store.
/// </summary>
public interface IListStore
{
    /// <summary>Saves a snapshot and all its entities in one transaction; on any failure nothing is saved.</summary>
    Task<ListSnapshot> SaveSnapshotAsync(SnapshotDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a snapshot and appends the audit row <paramref name="audit"/> makes of it, both in one transaction: the snapshot is never
    /// stored without its audit row, nor the row without the snapshot.
    /// </summary>
    Task<ListSnapshot> SaveSnapshotAsync(SnapshotDraft draft, Func<ListSnapshot, AuditDraft> audit, CancellationToken cancellationToken);

    /// <summary>The snapshot with this id, or null.</summary>
    Task<ListSnapshot?> GetSnapshotAsync(long snapshotId, CancellationToken cancellationToken);

    /// <summary>The snapshot of <paramref name="source"/> imported from input with this SHA-256, or null.</summary>
    Task<ListSnapshot?> FindSnapshotAsync(string source, string sha256, CancellationToken cancellationToken);

    /// <summary>Every snapshot of a source, oldest first (by <see cref="ListSnapshot.EffectiveAt"/>, then id).</summary>
    Task<IReadOnlyList<ListSnapshot>> ListSnapshotsAsync(string source, CancellationToken cancellationToken);

    /// <summary>The newest snapshot of each source that has one, in source order.</summary>
    Task<IReadOnlyList<ListSnapshot>> LatestSnapshotsAsync(CancellationToken cancellationToken);

    /// <summary>The newest snapshot of a source (largest <see cref="ListSnapshot.EffectiveAt"/>, then largest id), or null.</summary>
    Task<ListSnapshot?> LatestSnapshotAsync(string source, CancellationToken cancellationToken);

    /// <summary>The snapshot in force at <paramref name="asOf"/>: the newest whose <see cref="ListSnapshot.EffectiveAt"/> is at or before it.</summary>
    Task<ListSnapshot?> SnapshotAsOfAsync(string source, DateTimeOffset asOf, CancellationToken cancellationToken);

    /// <summary>Every entity of a snapshot, ordered by id.</summary>
    Task<IReadOnlyList<ListedEntity>> LoadEntitiesAsync(long snapshotId, CancellationToken cancellationToken);

    /// <summary>One entity as it stood in a snapshot, or null when the snapshot does not hold it.</summary>
    Task<ListedEntity?> LoadEntityAsync(long snapshotId, string entityId, CancellationToken cancellationToken);

    /// <summary>Entity id → content hash for every entity of a snapshot; equal hashes mean equal content.</summary>
    Task<IReadOnlyDictionary<string, string>> LoadVersionHashesAsync(long snapshotId, CancellationToken cancellationToken);

    /// <summary>Every snapshot of <paramref name="source"/> that holds the entity, oldest first, with the content hash there.</summary>
    Task<IReadOnlyList<EntityAppearance>> EntityHistoryAsync(string source, string entityId, CancellationToken cancellationToken);

    /// <summary>What the last successful download of a source returned (validators for conditional requests), or null.</summary>
    Task<DownloadState?> GetDownloadStateAsync(string source, CancellationToken cancellationToken);

    /// <summary>Records the validators of a download whose content is now stored.</summary>
    Task SaveDownloadStateAsync(DownloadState state, CancellationToken cancellationToken);

    /// <summary>
    /// Records the outcome of one update check: it becomes the source's last check, and also its last success, confirmation or error
    /// as it says; the others keep their earlier values.
    /// </summary>
    Task RecordCheckAsync(SourceCheck check, CancellationToken cancellationToken);

    /// <summary>The update history of every source that has been checked, in source order.</summary>
    Task<IReadOnlyList<SourceFreshness>> ListFreshnessAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits until nobody else, in this process or in another sharing the store, is updating <paramref name="source"/>, then holds
    /// that right until the result is disposed; a process that dies releases it. Updates through it never import a publication twice.
    /// </summary>
    Task<IAsyncDisposable> LockUpdatesAsync(string source, CancellationToken cancellationToken);
}
