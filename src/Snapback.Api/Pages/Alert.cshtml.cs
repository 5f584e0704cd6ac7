using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Auth;
using Snapback.Lists.Model;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Api.Pages;

/// <summary>
/// One alert: the customer as screened beside the listed entity, the explanation, what changed, and the decision forms. Proposing,
/// approving, rejecting and commenting go through <see cref="DecisionService"/>, the same use case as the API and the command line,
/// so its role and four-eyes refusals show here as they are.
/// </summary>
internal sealed class AlertModel(ICaseStore store, DecisionService decisions) : PageModel
{
    public Alert? Alert { get; private set; }

    public ListedEntity? Entity { get; private set; }

    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];

    public IReadOnlyList<Comment> Comments { get; private set; } = [];

    /// <summary>What the last action did, or why it was refused.</summary>
    public string? Message { get; private set; }

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostProposeAsync(long id, string? decision, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, async actor =>
        {
            var parsed = DecisionNames.Parse(decision) ?? throw new ArgumentException("Choose a decision.");
            await decisions.ProposeAsync(id, parsed, reason ?? "", actor, cancellationToken);
            return $"Proposed {DecisionNames.Name(parsed)}; a second person with the approver role must approve it.";
        }, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(long id, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, async actor =>
        {
            var alert = await decisions.ApproveAsync(id, note, actor, cancellationToken);
            return $"Approved: the alert is now {AlertsModel.StatusName(alert.Status)}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(long id, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, async actor =>
        {
            await decisions.RejectAsync(id, note, actor, cancellationToken);
            return "Rejected: the alert is open again.";
        }, cancellationToken);

    public Task<IActionResult> OnPostCommentAsync(long id, string? text, CancellationToken cancellationToken) =>
        ActAsync(id, async actor =>
        {
            await decisions.CommentAsync(id, text ?? "", actor, cancellationToken);
            return "Comment added.";
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(long id, Func<Actor, Task<string>> action, CancellationToken cancellationToken)
    {
        try
        {
            Message = await action(ApiKeyPrincipal.Actor(User));
        }
        catch (Exception refused) when (refused is CaseRuleException or ArgumentException)
        {
            Message = refused is CaseRuleException { Rule: CaseRule.FourEyes } ? "Refused by the four-eyes rule: " + refused.Message : "Refused: " + refused.Message;
            Refused = true;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        Alert = await session.GetAlertAsync(id, cancellationToken);
        if (Alert is null)
        {
            return false;
        }

        Entity = EntityJson.Deserialize(Alert.Evidence.Entity);
        Proposals = await session.ProposalsAsync(id, cancellationToken);
        Comments = await session.CommentsAsync(id, cancellationToken);
        return true;
    }
}
