namespace Snapback.Screening.Monitoring;

/// <summary>
/// One list change to monitor: recorded with the snapshot that made it (an outbox row in the same transaction), then worked through
/// phase by phase, its cursor committed with each page of alerts so a run killed half way resumes where it stopped.
/// </summary>
/// <param name="FromSnapshot">The source's snapshot before, or null for its first snapshot (every entity is then added).</param>
/// <param name="CustomersFrom">Customers changed at or after this time (Unix ms) are screened forward; set when the run starts.</param>
/// <param name="CustomersUntil">…and before this one.</param>
/// <param name="Cursor">The last entity or customer id done in <paramref name="Phase"/>, or null at its start.</param>
/// <param name="ElapsedMs">Time spent working on the run, over every resume.</param>
public sealed record MonitorRun(
    long Id,
    string Source,
    long? FromSnapshot,
    long ToSnapshot,
    MonitorRunStatus Status,
    MonitorPhase Phase,
    string? Cursor,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    long? CustomersFrom,
    long? CustomersUntil,
    MonitorCounts Counts,
    long ElapsedMs);
