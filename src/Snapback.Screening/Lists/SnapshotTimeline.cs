using Snapback.Lists;

namespace Snapback.Screening.Lists;

/// <summary>
/// The snapshots a list's diffs are picked from, in the order they were in force: for a source that superseded another
/// (<see cref="ListSources.Supersedes"/>), those of the replaced source before its own first snapshot, then its own. The first
/// FCDO snapshot thus compares with the last OFSI ConList before it, and later ones with the FCDO snapshot before them.
/// </summary>
public sealed class SnapshotTimeline
{
    private readonly IReadOnlyList<ListSnapshot> known;

    private SnapshotTimeline(string source, IReadOnlyList<ListSnapshot> own, IReadOnlyList<ListSnapshot> replaced)
    {
        Source = source;
        Own = own;
        InForceOrder = own.Count == 0 ? [] : [.. replaced.Where(s => s.EffectiveAt < own[0].EffectiveAt), .. own];
        known = [.. own, .. replaced];
    }

    /// <summary>The source asked for.</summary>
    public string Source { get; }

    /// <summary>The source's own snapshots, oldest first.</summary>
    public IReadOnlyList<ListSnapshot> Own { get; }

    /// <summary>The replaced source's snapshots before the first own one, then the own ones; empty while the source has none.</summary>
    public IReadOnlyList<ListSnapshot> InForceOrder { get; }

    /// <summary>The newest own snapshot, or null.</summary>
    public ListSnapshot? Latest => Own.Count == 0 ? null : Own[^1];

    /// <summary>Reads the snapshots of <paramref name="source"/> and of the source it superseded.</summary>
    public static async Task<SnapshotTimeline> LoadAsync(IListStore store, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var own = await store.ListSnapshotsAsync(source, cancellationToken);
        var replaced = ListSources.Supersedes(source) is { } old ? await store.ListSnapshotsAsync(old, cancellationToken) : [];
        return new SnapshotTimeline(source, own, replaced);
    }

    /// <summary>The snapshot with this id, of the source or of the one it superseded; null when neither holds it.</summary>
    public ListSnapshot? Find(long id) => known.FirstOrDefault(s => s.Id == id);

    /// <summary>The snapshot in force at <paramref name="at"/> on this timeline, or null when none was yet.</summary>
    public ListSnapshot? InForceAt(DateTimeOffset at) => InForceOrder.LastOrDefault(s => s.EffectiveAt <= at);

    /// <summary>The snapshot in force just before <paramref name="to"/>, or null when <paramref name="to"/> is the first.</summary>
    public ListSnapshot? Before(ListSnapshot to)
    {
        ArgumentNullException.ThrowIfNull(to);
        var index = InForceOrder.ToList().FindIndex(s => s.Id == to.Id);
        return index switch
        {
            > 0 => InForceOrder[index - 1],
            0 => null,
            _ => InForceOrder.LastOrDefault(s => s.EffectiveAt < to.EffectiveAt || (s.EffectiveAt == to.EffectiveAt && s.Id < to.Id)),
        };
    }
}
