using System.Text.Json;
using Snapback.Screening.Batch;

namespace Snapback.Screening.Cases.Audit;

/// <summary>An action to append to the audit trail; the store gives it its sequence number and chain hash.</summary>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="Subject">What it acted on: <c>alert:12</c>, <c>customer:C-1</c>, a file name…</param>
/// <param name="Data">The data it acted on, as JSON.</param>
public sealed record AuditDraft(DateTimeOffset At, Actor Actor, string Action, string Subject, string Data)
{
    /// <summary>A draft whose data is <paramref name="data"/> serialised as the API writes JSON (snake_case).</summary>
    public static AuditDraft Of<T>(DateTimeOffset at, Actor actor, string action, string subject, T data) =>
        new(at, actor, action, subject, JsonSerializer.Serialize(data, BatchJson.Options));
}
