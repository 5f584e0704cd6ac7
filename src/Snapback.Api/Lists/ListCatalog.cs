using System.Globalization;
using Microsoft.Extensions.Options;
using Snapback.Api.Problems;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Api.Lists;

/// <summary>Lists, their snapshots, and diffs between snapshots: for <c>/api/lists</c> and the Changes page alike.</summary>
internal sealed class ListCatalog(
    IListStore store,
    ListDiffer differ,
    ScreeningService screening,
    ListUpdateSchedule schedule,
    IOptions<ListScheduleOptions> scheduleOptions,
    TimeProvider time)
{
    /// <summary>Every list with a snapshot or an update check, in <see cref="ListSources.All"/> order, with its freshness.</summary>
    public async Task<IReadOnlyList<ListSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var inForce = screening.Current?.Snapshots.ToDictionary(static s => s.Source, static s => s.Id, StringComparer.Ordinal);
        var lists = new List<ListSummary>();
        foreach (var freshness in await store.FreshnessAsync(time.GetUtcNow(), scheduleOptions.Value.StaleAfter, cancellationToken))
        {
            var snapshots = await store.ListSnapshotsAsync(freshness.Source, cancellationToken);
            lists.Add(new ListSummary(
                freshness.Source,
                freshness.Title,
                inForce?.GetValueOrDefault(freshness.Source),
                freshness,
                schedule.NextCheckAt(freshness.Source),
                [.. snapshots.Reverse()]));
        }

        return lists;
    }

    /// <summary>
    /// The diff of <paramref name="source"/> between two snapshots, each given by id or date (the snapshot in force then). By default
    /// <c>to</c> is the newest and <c>from</c> the one before it. Null when the list is unknown or has only one snapshot.
    /// </summary>
    /// <exception cref="FieldException">from or to is not a snapshot of this list, or not a date.</exception>
    public async Task<ListDiffReport?> DiffAsync(string source, string? from, string? to, CancellationToken cancellationToken)
    {
        var snapshots = await store.ListSnapshotsAsync(source, cancellationToken);
        if (snapshots.Count == 0)
        {
            return null;
        }

        var toSnapshot = Resolve(snapshots, to, "to") ?? snapshots[^1];
        var fromSnapshot = Resolve(snapshots, from, "from") ?? Before(snapshots, toSnapshot);
        if (fromSnapshot is null)
        {
            return null;
        }

        var diff = await differ.DiffAsync(fromSnapshot.Id, toSnapshot.Id, cancellationToken);
        return new ListDiffReport(
            source,
            ListSources.Title(source),
            diff.From,
            diff.To,
            diff.Summary,
            await NamesAsync(diff.To.Id, diff.Added, cancellationToken),
            await NamesAsync(diff.From.Id, diff.Removed, cancellationToken),
            diff.Changed);
    }

    private static ListSnapshot? Before(IReadOnlyList<ListSnapshot> snapshots, ListSnapshot to)
    {
        ListSnapshot? before = null;
        foreach (var snapshot in snapshots)
        {
            if (snapshot.Id == to.Id)
            {
                return before;
            }

            before = snapshot;
        }

        return before;
    }

    private static ListSnapshot? Resolve(IReadOnlyList<ListSnapshot> snapshots, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return snapshots.FirstOrDefault(s => s.Id == id)
                ?? throw new FieldException(field, $"snapshot {id} is not a snapshot of this list");
        }

        var at = AsOfDate.Parse(text, field)!.Value;
        return snapshots.LastOrDefault(s => s.EffectiveAt <= at)
            ?? throw new FieldException(field, $"this list has no snapshot on or before {text}");
    }

    private async Task<IReadOnlyList<EntityRef>> NamesAsync(long snapshotId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var entities = (await store.LoadEntitiesAsync(snapshotId, cancellationToken)).ToDictionary(static e => e.Id, StringComparer.Ordinal);
        return [.. ids.Select(id => entities.TryGetValue(id, out var e)
            ? new EntityRef(id, e.PrimaryName, PartyParser.KindName(e.Kind))
            : new EntityRef(id, id, "unknown"))];
    }
}
