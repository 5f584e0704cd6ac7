using Snapback.Lists;

namespace Snapback.Screening.Lists;

/// <summary>
/// How current one list is, for people and monitors: the publication in force, the update history of its source, and whether it is
/// <see cref="Stale"/>.
/// </summary>
/// <param name="SnapshotId">The newest stored snapshot, if any.</param>
/// <param name="PublishedAt">Its publication date, as the publisher states it.</param>
/// <param name="LastCheckedAt">When an update last asked the publisher, whatever the outcome; null when never.</param>
/// <param name="LastStatus">What that check did.</param>
/// <param name="LastReason">Why that check failed, was held or was unchanged.</param>
/// <param name="LastSuccessAt">The last check whose download worked.</param>
/// <param name="ConfirmedAt">The last check that confirmed the stored publication current (imported, unchanged or not modified).</param>
/// <param name="LastError">Why the last failed check failed.</param>
/// <param name="LastErrorAt">When that failed check ran.</param>
/// <param name="Stale">
/// No check has confirmed the list current within the allowed age, or ever. Screening goes on against the publication in force;
/// this says it may be out of date.
/// </param>
public sealed record ListFreshness(
    string Source,
    string Title,
    long? SnapshotId,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? LastCheckedAt,
    UpdateStatus? LastStatus,
    string? LastReason,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? ConfirmedAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    bool Stale)
{
    /// <summary>The freshness of <paramref name="source"/> at <paramref name="now"/>, stale when not confirmed for longer than <paramref name="staleAfter"/>.</summary>
    public static ListFreshness Of(string source, ListSnapshot? snapshot, SourceFreshness? checks, DateTimeOffset now, TimeSpan staleAfter) => new(
        source,
        ListSources.Title(source),
        snapshot?.Id,
        snapshot?.PublishedAt,
        checks?.LastCheckedAt,
        checks?.LastStatus,
        checks?.LastReason,
        checks?.LastSuccessAt,
        checks?.ConfirmedAt,
        checks?.LastError,
        checks?.LastErrorAt,
        IsStale(checks, now, staleAfter));

    /// <summary>True when no check has confirmed the source current since <paramref name="now"/> minus <paramref name="staleAfter"/>.</summary>
    public static bool IsStale(SourceFreshness? checks, DateTimeOffset now, TimeSpan staleAfter) =>
        checks?.ConfirmedAt is not { } confirmed || now - confirmed > staleAfter;
}
