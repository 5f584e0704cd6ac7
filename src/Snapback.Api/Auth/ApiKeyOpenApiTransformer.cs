using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Snapback.Api.Auth;

/// <summary>Declares the <c>X-Api-Key</c> scheme in the OpenAPI document and marks each endpoint that needs a key, with its role.</summary>
internal sealed class ApiKeyOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string SchemeId = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "An API key. Roles: viewer (read), analyst (screen), admin (update lists, manage keys).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(static a => a.Policy).OfType<string>().ToList();
        if (policies.Count == 0)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [],
        });
        var role = policies.Contains(ApiPolicies.Admin, StringComparer.Ordinal) ? ApiRoles.Admin
            : policies.Contains(ApiPolicies.Analyst, StringComparer.Ordinal) ? ApiRoles.Analyst
            : ApiRoles.Viewer;
        operation.Description = string.IsNullOrEmpty(operation.Description)
            ? $"Needs a key with role {role} or higher."
            : operation.Description + $" Needs a key with role {role} or higher.";
        return Task.CompletedTask;
    }
}
