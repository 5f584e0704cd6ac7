using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Screening.Cases.Decisions;

/// <summary>
/// Decisions on alerts under four eyes: an analyst proposes, and the proposal takes effect only when someone else with the approver
/// role approves it. The rules are checked here, inside the transaction that writes the decision and its audit row, so the command
/// line, the API and the UI cannot differ.
/// </summary>
public sealed class DecisionService(ICaseStore store, TimeProvider time)
{
    /// <summary>The longest reason, note or comment accepted.</summary>
    public const int MaxTextLength = 4000;

    public async Task<Proposal> ProposeAsync(long alertId, Decision decision, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Proposing a decision");
        var text = Text(reason, "reason") ?? throw new ArgumentException("reason: required", nameof(reason));
        await using var session = await store.BeginAsync(cancellationToken);
        var alert = await AlertAsync(session, alertId, cancellationToken);
        if (alert.Status is AlertStatus.Closed or AlertStatus.Proposed)
        {
            throw new CaseRuleException(CaseRule.WrongState, alert.Status == AlertStatus.Closed
                ? $"alert {alertId} is closed"
                : $"alert {alertId} already has a proposal waiting for approval; approve or reject it first");
        }

        var now = time.GetUtcNow();
        var proposal = new Proposal(0, alertId, decision, text, ProposalState.Pending, actor.Id, actor.Name, now);
        proposal = proposal with { Id = await session.InsertProposalAsync(proposal, cancellationToken) };
        await session.UpdateAlertAsync(alert with { Status = AlertStatus.Proposed, UpdatedAt = now }, cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.DecisionProposed, $"alert:{alertId}",
            new { proposal_id = proposal.Id, decision = DecisionNames.Name(decision), reason = text }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return proposal;
    }

    /// <summary>Approves the pending proposal: a true match or false positive closes the alert, and a false positive suppresses the pair.</summary>
    public async Task<Alert> ApproveAsync(long alertId, string? note, Actor actor, CancellationToken cancellationToken) =>
        await ReviewAsync(alertId, note, actor, approve: true, cancellationToken);

    /// <summary>Rejects the pending proposal: the alert goes back to the analysts, open.</summary>
    public async Task<Alert> RejectAsync(long alertId, string? note, Actor actor, CancellationToken cancellationToken) =>
        await ReviewAsync(alertId, note, actor, approve: false, cancellationToken);

    public async Task<Comment> CommentAsync(long alertId, string text, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Commenting");
        var body = Text(text, "text") ?? throw new ArgumentException("text: required", nameof(text));
        await using var session = await store.BeginAsync(cancellationToken);
        await AlertAsync(session, alertId, cancellationToken);
        var now = time.GetUtcNow();
        var comment = new Comment(0, alertId, actor.Id, actor.Name, now, body);
        comment = comment with { Id = await session.InsertCommentAsync(comment, cancellationToken) };
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertCommented, $"alert:{alertId}",
            new { comment_id = comment.Id, text = body }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return comment;
    }

    /// <summary>Assigns the alert to <paramref name="assignee"/>, or unassigns it when null.</summary>
    public async Task<Alert> AssignAsync(long alertId, string? assignee, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Assigning alerts");
        var name = Text(assignee, "assignee");
        await using var session = await store.BeginAsync(cancellationToken);
        var alert = await AlertAsync(session, alertId, cancellationToken);
        var now = time.GetUtcNow();
        alert = alert with { Assignee = name, UpdatedAt = now };
        await session.UpdateAlertAsync(alert, cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertAssigned, $"alert:{alertId}", new { assignee = name }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return alert;
    }

    private async Task<Alert> ReviewAsync(long alertId, string? note, Actor actor, bool approve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var verb = approve ? "approve" : "reject";
        actor.Require(CaseRole.Approver, approve ? "Approving a decision" : "Rejecting a decision");
        var text = Text(note, "note");
        await using var session = await store.BeginAsync(cancellationToken);
        var alert = await AlertAsync(session, alertId, cancellationToken);
        var pending = (await session.ProposalsAsync(alertId, cancellationToken)).LastOrDefault(static p => p.State == ProposalState.Pending)
            ?? throw new CaseRuleException(CaseRule.WrongState, $"alert {alertId} has no proposal waiting for approval");
        if (string.Equals(pending.ProposedById, actor.Id, StringComparison.Ordinal)
            || string.Equals(pending.ProposedByName, actor.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new CaseRuleException(CaseRule.FourEyes,
                $"four eyes: {actor.Name} proposed this decision and cannot {verb} it; a second person with the approver role must");
        }

        var now = time.GetUtcNow();
        await session.UpdateProposalAsync(pending with
        {
            State = approve ? ProposalState.Approved : ProposalState.Rejected,
            ReviewedById = actor.Id,
            ReviewedByName = actor.Name,
            ReviewedAt = now,
            ReviewNote = text,
        }, cancellationToken);
        alert = !approve ? alert with { Status = AlertStatus.Open, UpdatedAt = now }
            : pending.Decision == Decision.NeedsInfo ? alert with { Status = AlertStatus.NeedsInfo, Outcome = Decision.NeedsInfo, UpdatedAt = now }
            : alert with { Status = AlertStatus.Closed, Outcome = pending.Decision, UpdatedAt = now };
        await session.UpdateAlertAsync(alert, cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, approve ? AuditActions.DecisionApproved : AuditActions.DecisionRejected,
            $"alert:{alertId}", new
            {
                proposal_id = pending.Id,
                decision = DecisionNames.Name(pending.Decision),
                proposed_by = pending.ProposedByName,
                note = text,
            }), cancellationToken);
        if (approve && pending.Decision == Decision.FalsePositive)
        {
            await SuppressAsync(session, alert, actor, now, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return alert;
    }

    // The pair is suppressed as it was screened: the customer from the alert's query, the entity from the alert's copy of it.
    private static async Task SuppressAsync(ICaseSession session, Alert alert, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = alert.Evidence.Query;
        var customer = new Customer(alert.CustomerId, query.Name ?? "", query.Kind, query.BirthDate, query.Country,
            query.Identifiers is { } ids ? [.. ids] : [], System.Collections.Immutable.ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));
        var suppression = new Suppression(alert.CustomerId, alert.EntityId, alert.Evidence.CustomerHash, alert.Evidence.EntityHash,
            CustomerJson.Canonical(customer), alert.Evidence.Entity, alert.Id, now);
        await session.SaveSuppressionAsync(suppression, cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.SuppressionCreated, $"alert:{alert.Id}", new
        {
            customer_id = alert.CustomerId,
            entity_id = alert.EntityId,
            customer_hash = suppression.CustomerHash,
            entity_hash = suppression.EntityHash,
        }), cancellationToken);
    }

    private static async Task<Alert> AlertAsync(ICaseSession session, long alertId, CancellationToken cancellationToken) =>
        await session.GetAlertAsync(alertId, cancellationToken) ?? throw new CaseRuleException(CaseRule.NotFound, $"no alert {alertId}");

    private static string? Text(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Length > MaxTextLength
            ? throw new ArgumentException($"{field}: longer than {MaxTextLength} characters", field)
            : text.Trim();
    }
}
