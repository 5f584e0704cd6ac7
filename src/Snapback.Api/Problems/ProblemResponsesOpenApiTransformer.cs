using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Snapback.Api.Problems;

/// <summary>
/// Declares in the OpenAPI document the problem answers the middleware and handlers give besides each endpoint's own results:
/// 401 and 403 where a key is needed, 413 and 415 where a body is read, 503 where batch turns are limited, and the 404 and 409
/// that handlers answer with a problem (which carries no status of its own to the document).
/// </summary>
internal sealed class ProblemResponsesOpenApiTransformer : IOpenApiOperationTransformer
{
    // Added before the generic 403, so the document names the rule; declared first, as ByEndpoint uses it.
    private static readonly (string, string) FourEyes =
        ("403", "The key's role is below approver, or (four-eyes rule) the key proposed this decision and cannot approve or reject it.");

    private static readonly Dictionary<string, (string Status, string Description)[]> ByEndpoint = new(StringComparer.Ordinal)
    {
        ["GetEntity"] = [("404", "No stored snapshot of any list holds this id.")],
        ["GetListDiff"] = [("404", "The source is unknown or has fewer than two snapshots to compare.")],
        ["UpdateLists"] = [("409", "A list update is already running.")],
        ["GetCustomer"] = [("404", "No customer has this id.")],
        ["GetAlert"] = [("404", "No alert has this id.")],
        ["ScreenCustomer"] = [("404", "No customer has this id."), ("503", "No lists are loaded yet.")],
        ["ScreenCustomers"] = [("503", "No lists are loaded yet.")],
        ["ProposeDecision"] = [("404", "No alert has this id."), ("409", "The alert is closed or already has a proposal waiting.")],
        ["ApproveDecision"] = [FourEyes, ("404", "No alert has this id."), ("409", "The alert has no proposal waiting for approval.")],
        ["RejectDecision"] = [FourEyes, ("404", "No alert has this id."), ("409", "The alert has no proposal waiting for approval.")],
        ["CommentAlert"] = [("404", "No alert has this id.")],
        ["AssignAlert"] = [("404", "No alert has this id.")],
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IEndpointNameMetadata>().FirstOrDefault() is { } name && ByEndpoint.TryGetValue(name.EndpointName, out var extra))
        {
            foreach (var (status, description) in extra)
            {
                Add(operation, status, description);
            }
        }

        if (!metadata.OfType<IAllowAnonymous>().Any() && metadata.OfType<IAuthorizeData>().Any(static a => a.Policy is not null))
        {
            Add(operation, "401", "No API key, or an unknown or revoked one.");
            Add(operation, "403", "The key's role may not do this.");
        }

        if (operation.RequestBody is not null || metadata.OfType<IAcceptsMetadata>().Any())
        {
            Add(operation, "413", "The body is larger than this endpoint accepts.");
            Add(operation, "415", "The body is not of a media type this endpoint reads, or names a charset other than UTF-8.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, "503", "Too many batch screens are running or waiting; try again after Retry-After seconds.");
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, string status, string description)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/problem+json"] = new() },
        });
    }
}
