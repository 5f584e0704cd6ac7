using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Screening.Cases.Alerts;

/// <summary>
/// Closes an alert that nobody decided because what it was about went away (a listing removed, a customer no longer blocked by
/// ownership): the alert is closed with its outcome left empty, a comment says why, and an <c>alert.closed</c> audit row records it.
/// </summary>
internal static class AlertCloser
{
    /// <param name="audit">The audit row's data; it should name the customer, the entity and the reason.</param>
    public static async Task CloseAsync(
        ICaseSession session, Alert alert, Actor actor, DateTimeOffset now, string note, object audit, CancellationToken cancellationToken)
    {
        await session.UpdateAlertAsync(alert with { Status = AlertStatus.Closed, UpdatedAt = now }, cancellationToken);
        await session.InsertCommentAsync(new Comment(0, alert.Id, actor.Id, actor.Name, now, note), cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertClosed, $"alert:{alert.Id}", audit), cancellationToken);
    }
}
