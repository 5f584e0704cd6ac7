using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Snapback.Api.Hosting;

namespace Snapback.Api.Auth;

/// <summary>
/// Wires key authentication: API calls send <c>X-Api-Key</c>; the browser UI exchanges a key once, on the sign-in page, for an
/// HttpOnly, SameSite=Strict cookie that is re-checked against the key store so a revoked key ends its sessions.
/// </summary>
internal static class ApiAuthentication
{
    public const string CookieName = "snapback.ui";

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(static sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return new ApiKeyStore(options.KeysPath, options.AdminKey, sp.GetRequiredService<TimeProvider>());
        });

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, static cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.AccessDeniedPath = "/denied";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = ValidateAsync;
            });
        services.AddAuthorization(ApiPolicies.Add);
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var keys = context.HttpContext.RequestServices.GetRequiredService<ApiKeyStore>();
        if (id is null || !await keys.IsActiveAsync(id, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
