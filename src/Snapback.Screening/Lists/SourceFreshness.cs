namespace Snapback.Screening.Lists;

/// <summary>The update history of one source as the store keeps it: the last check, and the last time each outcome happened.</summary>
/// <param name="Url">The address of the last check.</param>
/// <param name="LastCheckedAt">When the source was last checked, whatever the outcome.</param>
/// <param name="LastStatus">What that check did.</param>
/// <param name="LastReason">Why that check failed, was held or was unchanged, for people.</param>
/// <param name="LastSuccessAt">The last check whose download worked (a file received and read, or 304 Not Modified).</param>
/// <param name="ConfirmedAt">The last check that confirmed the stored publication current (<see cref="SourceCheck.Confirmed"/>).</param>
/// <param name="LastError">Why the last failed check failed; kept after later successes so that intermittent failures show.</param>
/// <param name="LastErrorAt">When that failed check ran.</param>
public sealed record SourceFreshness(
    string Source,
    string Url,
    DateTimeOffset LastCheckedAt,
    UpdateStatus LastStatus,
    string? LastReason,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? ConfirmedAt,
    string? LastError,
    DateTimeOffset? LastErrorAt);
