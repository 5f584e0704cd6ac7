using System.Collections.Immutable;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Monitoring;

/// <summary>
/// What a run's list change means for screening, from the stored snapshots: the added and changed entities that are in force (to
/// screen every customer against), and the removed ones that no list in force holds any more (to close their alerts).
/// </summary>
internal sealed record MonitorDelta(ImmutableArray<string> Added, ImmutableArray<string> Changed, ImmutableArray<string> Removed)
{
    public static MonitorDelta Empty { get; } = new([], [], []);

    public IEnumerable<string> Screened => Added.Concat(Changed);

    public static async Task<MonitorDelta> OfAsync(IListStore store, MonitorRun run, LoadedLists lists, CancellationToken cancellationToken)
    {
        ImmutableArray<string> added, changed = [], removed = [];
        if (run.FromSnapshot is { } from)
        {
            var diff = await new ListDiffer(store).DiffAsync(from, run.ToSnapshot, cancellationToken);
            (added, changed, removed) = (diff.Added, [.. diff.Changed.Select(static c => c.EntityId)], diff.Removed);
        }
        else
        {
            added = [.. (await store.LoadVersionHashesAsync(run.ToSnapshot, cancellationToken)).Keys];
        }

        // A later snapshot may already have moved on: only what is in force now is screened, and only what is gone now is closed.
        return new MonitorDelta(InForce(added, lists, true), InForce(changed, lists, true), InForce(removed, lists, false));
    }

    private static ImmutableArray<string> InForce(ImmutableArray<string> ids, LoadedLists lists, bool inForce) =>
        [.. ids.Where(id => lists.Index.Find(id) is not null == inForce).Order(StringComparer.Ordinal)];
}
