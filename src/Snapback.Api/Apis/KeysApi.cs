using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Snapback.Api.Problems;
using Snapback.Api.Auth;

namespace Snapback.Api.Apis;

/// <summary>API key management, for admins.</summary>
internal static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(ApiPolicies.Admin);
        api.MapGet("/", ListKeys).WithName("ListKeys").WithSummary("Every API key (without secrets), revoked ones included.");
        api.MapPost("/", CreateKey).WithName("CreateKey").WithSummary("Makes a key with a role; the secret is returned once.");
        api.MapDelete("/{id}", RevokeKey).WithName("RevokeKey").WithSummary("Revokes a key; its UI sessions end too.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ApiKey>>> ListKeys(ApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    public static async Task<Results<Created<CreatedKey>, ValidationProblem>> CreateKey(
        [FromBody] CreateKeyRequest? request, ApiKeyStore keys, HttpContext context, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return new FieldException("body", "required: a JSON object with a name and a role").ToProblem();
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["Give the key a name."];
        }
        else if (request.Name.Trim().Length > ApiKeyStore.MaxNameLength)
        {
            errors["name"] = [$"At most {ApiKeyStore.MaxNameLength} characters."];
        }

        if (!ApiRoles.IsKnown(request.Role))
        {
            errors["role"] = ["Expected one of: viewer, analyst, approver, admin."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (key, secret) = await keys.CreateAsync(request.Name!.Trim(), request.Role!, ApiKeyPrincipal.Actor(context.User), cancellationToken);
        return TypedResults.Created($"/api/keys/{key.Id}", new CreatedKey(key, secret));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeKey(string id, ApiKeyStore keys, HttpContext context, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, ApiKeyPrincipal.Actor(context.User), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
