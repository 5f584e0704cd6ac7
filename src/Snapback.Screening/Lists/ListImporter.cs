using Snapback.Lists;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Lists;

/// <summary>
/// Imports one parsed publication: the same input twice stores nothing new, an empty or malformed list is rejected, and a publication
/// that would remove too many entries is held until confirmed, because a truncated official file must not empty the screening list.
/// Every stored snapshot appends a <c>list.imported</c> row to the audit trail, in the transaction that stores it, naming
/// <paramref name="actor"/> (<see cref="SystemActor"/> when none is given); what is rejected, held or already stored appends nothing.
/// </summary>
public sealed class ListImporter(IListStore store, TimeProvider timeProvider, ListImportOptions? options = null, Actor? actor = null)
{
    /// <summary>The actor recorded when nobody is named: Snapback itself.</summary>
    public static readonly Actor SystemActor = new("system:snapback", "snapback", CaseRole.Admin);

    /// <summary>The actor recorded for updates the server runs on its schedule.</summary>
    public static readonly Actor SchedulerActor = new("system:scheduler", "scheduler", CaseRole.Admin);

    private readonly ListImportOptions options = options ?? new ListImportOptions();
    private readonly Actor actor = actor ?? SystemActor;

    /// <summary>Imports <paramref name="list"/> read from input with SHA-256 <paramref name="sha256"/>.</summary>
    /// <param name="fileName">The input's name or URL, kept with the snapshot.</param>
    /// <param name="confirm">Save even when more than <see cref="ListImportOptions.MaxRemovedShare"/> of the entries would go.</param>
    public Task<ImportResult> ImportAsync(ParsedList list, string sha256, string? fileName, bool confirm, CancellationToken cancellationToken) =>
        ImportAsync(list, sha256, fileName, confirm, null, cancellationToken);

    /// <summary>Imports as <see cref="ImportAsync(ParsedList, string, string?, bool, CancellationToken)"/>, recorded as <paramref name="by"/>.</summary>
    /// <param name="by">Who the audit trail names; the importer's actor when null.</param>
    public async Task<ImportResult> ImportAsync(
        ParsedList list, string sha256, string? fileName, bool confirm, Actor? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        var existing = await store.FindSnapshotAsync(list.Source, sha256, cancellationToken);
        if (existing is not null)
        {
            return new ImportResult(ImportStatus.Unchanged, existing, existing, null, $"this input is already stored as snapshot {existing.Id}");
        }

        var previous = await store.LatestSnapshotAsync(list.Source, cancellationToken);
        if (Validate(list) is { } problem)
        {
            return new ImportResult(ImportStatus.Rejected, null, previous, null, problem);
        }

        var draft = SnapshotDraft.From(list, sha256, fileName, timeProvider.GetUtcNow());
        DiffSummary changes;
        if (previous is null && await ReplacedAsync(list.Source, draft.PublishedAt ?? draft.ImportedAt, cancellationToken) is { } replaced)
        {
            // The first snapshot of a source that superseded another is the next publication of the replaced list, not a new list.
            previous = replaced;
            var across = ListDiffer.AcrossUkSwitch(await store.LoadEntitiesAsync(replaced.Id, cancellationToken), list.Entities);
            changes = new DiffSummary(across.Added.Length, across.Removed.Length, across.Changed.Length, across.Unchanged);
        }
        else
        {
            var hashes = list.Entities.ToDictionary(entity => entity.Id, EntityJson.Hash, StringComparer.Ordinal);
            var before = previous is null
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : await store.LoadVersionHashesAsync(previous.Id, cancellationToken);
            changes = VersionComparison.Of(before, hashes).Summary;
        }

        if (previous is not null && !confirm && changes.Removed > options.MaxRemovedShare * previous.EntityCount)
        {
            var of = previous.Source == list.Source ? "" : $" of {previous.Source} snapshot {previous.Id}, which {list.Source} supersedes,";
            return new ImportResult(ImportStatus.Held, null, previous, changes,
                $"it would remove {changes.Removed} of {previous.EntityCount} entries{of} (more than {options.MaxRemovedShare:P0}); confirm to import");
        }

        var saved = await store.SaveSnapshotAsync(draft, snapshot => AuditDraft.Of(timeProvider.GetUtcNow(), by ?? actor,
            AuditActions.ListImported, $"snapshot:{snapshot.Id}",
            new ListImportAudit(snapshot.Source, snapshot.Id, snapshot.PublishedAt, snapshot.Sha256, snapshot.FileName, snapshot.EntityCount,
                changes.Added, changes.Changed, changes.Removed)), cancellationToken);
        return new ImportResult(ImportStatus.Imported, saved, previous, changes, null);
    }

    /// <summary>The snapshot in force at <paramref name="effectiveAt"/> of the source <paramref name="source"/> superseded, or null.</summary>
    private async Task<ListSnapshot?> ReplacedAsync(string source, DateTimeOffset effectiveAt, CancellationToken cancellationToken) =>
        ListSources.Supersedes(source) is { } old && ListDiffer.Pairing(old, source) == ListDiffer.ByOfsiGroupId
            ? await store.SnapshotAsOfAsync(old, effectiveAt, cancellationToken)
            : null;

    private static string? Validate(ParsedList list)
    {
        if (list.Entities.IsDefaultOrEmpty)
        {
            return "the list has no entries";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in list.Entities)
        {
            if (string.IsNullOrWhiteSpace(entity.Id))
            {
                return "an entry has no id";
            }

            if (!ListSources.Holds(list.Source, entity.Source))
            {
                return $"entry {entity.Id} belongs to {entity.Source}, not {list.Source}";
            }

            if (!ids.Add(entity.Id))
            {
                return $"entry id {entity.Id} appears twice";
            }
        }

        return null;
    }
}
