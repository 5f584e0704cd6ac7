using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Snapback.Api.Auth;

/// <summary>Authorization policies: API endpoints authenticate by key header, UI pages by the sign-in cookie.</summary>
internal static class ApiPolicies
{
    public const string Viewer = "api-viewer";
    public const string Analyst = "api-analyst";
    public const string Admin = "api-admin";

    public const string UiViewer = "ui-viewer";
    public const string UiAnalyst = "ui-analyst";

    public static void Add(AuthorizationOptions options)
    {
        Add(options, Viewer, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Viewer);
        Add(options, Analyst, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Analyst);
        Add(options, Admin, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Admin);
        Add(options, UiViewer, CookieAuthenticationDefaults.AuthenticationScheme, ApiRoles.Viewer);
        Add(options, UiAnalyst, CookieAuthenticationDefaults.AuthenticationScheme, ApiRoles.Analyst);
    }

    private static void Add(AuthorizationOptions options, string name, string scheme, string role) =>
        options.AddPolicy(name, policy => policy.AddAuthenticationSchemes(scheme).RequireAuthenticatedUser().RequireRole(role));
}
