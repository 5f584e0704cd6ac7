using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Snapback.Api.Hosting;

namespace Snapback.Api.Auth;

/// <summary>
/// Wires key authentication: API calls send <c>X-Api-Key</c>; the browser UI exchanges a key once, on the sign-in page, for an
/// HttpOnly, SameSite=Strict cookie. Every request re-reads the key from the key store: a revoked key ends its sessions, and the
/// role comes from the store, not from the cookie, so a changed role takes effect at once.
/// </summary>
internal static class ApiAuthentication
{
    public const string CookieName = "snapback.ui";

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(static sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return new ApiKeyStore(sp.GetRequiredService<Snapback.Screening.Cases.ICaseStore>(), options.AdminKey, sp.GetRequiredService<TimeProvider>());
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
        var key = id is null ? null : await keys.FindActiveAsync(id, context.HttpContext.RequestAborted);
        if (key is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (!string.Equals(ApiKeyPrincipal.RoleOf(context.Principal!), key.Role, StringComparison.Ordinal))
        {
            context.ReplacePrincipal(ApiKeyPrincipal.Create(key, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }
}
