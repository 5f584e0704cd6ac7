using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Snapback.Api.Auth;

/// <summary>Authorization policies: API endpoints authenticate by key header, UI pages by the sign-in cookie.</summary>
internal static class ApiPolicies
{
    public const string Viewer = "api-viewer";
    public const string Analyst = "api-analyst";
    public const string Approver = "api-approver";
    public const string Admin = "api-admin";

    public const string UiViewer = "ui-viewer";
    public const string UiAnalyst = "ui-analyst";
    public const string UiApprover = "ui-approver";
    public const string UiAdmin = "ui-admin";

    public static void Add(AuthorizationOptions options)
    {
        Add(options, Viewer, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Viewer);
        Add(options, Analyst, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Analyst);
        Add(options, Approver, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Approver);
        Add(options, Admin, ApiKeyAuthenticationHandler.SchemeName, ApiRoles.Admin);
        Add(options, UiViewer, CookieAuthenticationDefaults.AuthenticationScheme, ApiRoles.Viewer);
        Add(options, UiAnalyst, CookieAuthenticationDefaults.AuthenticationScheme, ApiRoles.Analyst);
        Add(options, UiApprover, CookieAuthenticationDefaults.AuthenticationScheme, ApiRoles.Approver);
        Add(options, UiAdmin, CookieAuthenticationDefaults.AuthenticationScheme, ApiRoles.Admin);
    }

    private static void Add(AuthorizationOptions options, string name, string scheme, string role) =>
        options.AddPolicy(name, policy => policy.AddAuthenticationSchemes(scheme).RequireAuthenticatedUser().RequireRole(role));
}
