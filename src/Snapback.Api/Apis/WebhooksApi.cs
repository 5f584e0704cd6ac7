using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Snapback.Api.Auth;
using Snapback.Api.Problems;
using Snapback.Screening.Notifications;

namespace Snapback.Api.Apis;

/// <summary>Webhooks that receive audit events as signed HTTP POSTs, and their delivery log, for admins.</summary>
internal static class WebhooksApi
{
    private const int MaxDeliveries = 1000;

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(ApiPolicies.Admin);
        api.MapGet("/", ListWebhooks).WithName("ListWebhooks").WithSummary("Active webhooks (secrets are never listed).");
        api.MapPost("/", AddWebhook).WithName("AddWebhook")
            .WithSummary("Adds a webhook for the audit actions named in events (or *); the signing secret is returned once.");
        api.MapDelete("/{id}", RemoveWebhook).WithName("RemoveWebhook").WithSummary("Removes a webhook; its delivery log stays.");
        api.MapGet("/{id}/deliveries", ListDeliveries).WithName("ListWebhookDeliveries")
            .WithSummary("The webhook's delivery log, newest first: every attempt with its time, status code or error, and duration.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<Webhook>>> ListWebhooks(WebhookService webhooks, HttpContext context, CancellationToken cancellationToken) =>
        TypedResults.Ok(await webhooks.ListAsync(ApiKeyPrincipal.Actor(context.User), cancellationToken));

    public static async Task<Results<Created<CreatedWebhook>, ValidationProblem>> AddWebhook(
        [FromBody] AddWebhookRequest? request, WebhookService webhooks, HttpContext context, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return new FieldException("body", "required: a JSON object with a url and events").ToProblem();
        }

        try
        {
            var (webhook, secret) = await webhooks.AddAsync(request.Url ?? "", request.Events ?? "", request.Secret, request.FromSeq,
                ApiKeyPrincipal.Actor(context.User), cancellationToken);
            return TypedResults.Created($"/api/webhooks/{webhook.Id}", new CreatedWebhook(webhook, secret));
        }
        catch (ArgumentException invalid)
        {
            var field = invalid.ParamName == "fromSeq" ? "from_seq" : invalid.ParamName ?? "body";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [field] = [invalid.Message.Split(" (Parameter", 2)[0]],
            });
        }
    }

    public static async Task<Results<NoContent, NotFound>> RemoveWebhook(
        string id, WebhookService webhooks, HttpContext context, CancellationToken cancellationToken) =>
        await webhooks.RemoveAsync(id, ApiKeyPrincipal.Actor(context.User), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<WebhookAttempt>>, NotFound>> ListDeliveries(
        string id, int? limit, WebhookService webhooks, HttpContext context, CancellationToken cancellationToken)
    {
        var actor = ApiKeyPrincipal.Actor(context.User);
        if (await webhooks.GetAsync(id, actor, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await webhooks.DeliveriesAsync(id, Math.Clamp(limit ?? 100, 1, MaxDeliveries), actor, cancellationToken));
    }
}
