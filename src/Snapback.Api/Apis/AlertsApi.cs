using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Snapback.Api.Auth;
using Snapback.Api.Problems;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Api.Apis;

/// <summary>
/// Alerts and their decisions: read (viewer), propose and comment (analyst), approve or reject (approver, never one's own proposal;
/// the use case refuses with a 403 problem naming the four-eyes rule, for every entry point alike).
/// </summary>
internal static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Alerts").RequireAuthorization(ApiPolicies.Viewer);
        read.MapGet("/alerts", ListAlerts).WithName("ListAlerts").WithSummary("Alerts, highest score first, filtered by status, customer, list and score.");
        read.MapGet("/alerts/{id:long}", GetAlert).WithName("GetAlert").WithSummary("An alert with its evidence, proposals and comments.");
        read.MapGet("/approvals", ListApprovals).WithName("ListApprovals").WithSummary("Proposals waiting for a second person to approve.");
        var write = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(ApiPolicies.Analyst);
        write.MapPost("/{id:long}/proposals", Propose).WithName("ProposeDecision")
            .WithSummary("Proposes true-match, false-positive or needs-info with a reason; it takes effect when someone else approves it.");
        write.MapPost("/{id:long}/approve", Approve).WithName("ApproveDecision")
            .WithSummary("Approves the pending proposal (approver role; 403 for one's own proposal under the four-eyes rule).");
        write.MapPost("/{id:long}/reject", Reject).WithName("RejectDecision")
            .WithSummary("Rejects the pending proposal, back to the analysts (approver role; not one's own proposal).");
        write.MapPost("/{id:long}/comments", AddComment).WithName("CommentAlert").WithSummary("Adds a comment.");
        write.MapPut("/{id:long}/assignee", Assign).WithName("AssignAlert").WithSummary("Assigns the alert to an analyst, or unassigns it.");
        return app;
    }

    /// <param name="status">open, proposed, needs_info or closed.</param>
    public static async Task<Results<Ok<IReadOnlyList<Alert>>, ValidationProblem>> ListAlerts(
        string? status, string? customer, string? source, [FromQuery(Name = "min_score")] double? minScore, int? limit, ICaseStore store,
        CancellationToken cancellationToken)
    {
        AlertStatus? parsed = null;
        if (status is not null)
        {
            if (!Enum.TryParse<AlertStatus>(status.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), true, out var value))
            {
                return new FieldException("status", "expected open, proposed, needs_info or closed").ToProblem();
            }

            parsed = value;
        }

        await using var session = await store.BeginReadAsync(cancellationToken);
        return TypedResults.Ok(await session.ListAlertsAsync(
            new AlertFilter(parsed, customer, source, minScore, Math.Clamp(limit ?? 500, 1, 10_000)), cancellationToken));
    }

    public static async Task<Results<Ok<AlertDetail>, NotFound>> GetAlert(long id, ICaseStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        var alert = await session.GetAlertAsync(id, cancellationToken);
        return alert is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new AlertDetail(alert, await session.ProposalsAsync(id, cancellationToken), await session.CommentsAsync(id, cancellationToken)));
    }

    public static async Task<Ok<IReadOnlyList<Proposal>>> ListApprovals(ICaseStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        return TypedResults.Ok(await session.PendingProposalsAsync(cancellationToken));
    }

    public static async Task<Results<Ok<Proposal>, ValidationProblem, ProblemHttpResult>> Propose(
        long id, [FromBody] ProposeRequest? request, DecisionService decisions, HttpContext context, CancellationToken cancellationToken)
    {
        if (DecisionNames.Parse(request?.Decision) is not { } decision)
        {
            return new FieldException("decision", "expected true-match, false-positive or needs-info").ToProblem();
        }

        if (string.IsNullOrWhiteSpace(request!.Reason))
        {
            return new FieldException("reason", "required: say why").ToProblem();
        }

        return await RunAsync(() => decisions.ProposeAsync(id, decision, request.Reason, ApiKeyPrincipal.Actor(context.User), cancellationToken));
    }

    public static async Task<Results<Ok<Alert>, ValidationProblem, ProblemHttpResult>> Approve(
        long id, [FromBody] ReviewRequest? request, DecisionService decisions, HttpContext context, CancellationToken cancellationToken) =>
        await RunAsync(() => decisions.ApproveAsync(id, request?.Note, ApiKeyPrincipal.Actor(context.User), cancellationToken));

    public static async Task<Results<Ok<Alert>, ValidationProblem, ProblemHttpResult>> Reject(
        long id, [FromBody] ReviewRequest? request, DecisionService decisions, HttpContext context, CancellationToken cancellationToken) =>
        await RunAsync(() => decisions.RejectAsync(id, request?.Note, ApiKeyPrincipal.Actor(context.User), cancellationToken));

    public static async Task<Results<Ok<Comment>, ValidationProblem, ProblemHttpResult>> AddComment(
        long id, [FromBody] CommentRequest? request, DecisionService decisions, HttpContext context, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request?.Text)
            ? new FieldException("text", "required").ToProblem()
            : await RunAsync(() => decisions.CommentAsync(id, request.Text, ApiKeyPrincipal.Actor(context.User), cancellationToken));

    public static async Task<Results<Ok<Alert>, ValidationProblem, ProblemHttpResult>> Assign(
        long id, [FromBody] AssignRequest? request, DecisionService decisions, HttpContext context, CancellationToken cancellationToken) =>
        await RunAsync(() => decisions.AssignAsync(id, request?.Assignee, ApiKeyPrincipal.Actor(context.User), cancellationToken));

    // The use case's refusals become problems: 403 for the role and four-eyes rules, 404, 409 for the alert's state.
    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return TypedResults.Ok(await action());
        }
        catch (CaseRuleException refused)
        {
            return CaseProblems.From(refused);
        }
        catch (ArgumentException wrong)
        {
            return new FieldException(wrong.ParamName ?? "body", wrong.Message).ToProblem();
        }
    }
}
