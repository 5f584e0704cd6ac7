using System.Security.Claims;

namespace Snapback.Api.Auth;

/// <summary>Turns a key into the claims both the key header and the UI cookie carry.</summary>
internal static class ApiKeyPrincipal
{
    /// <summary>The key's own role, beside the implied role claims.</summary>
    public const string KeyRoleClaim = "snapback:role";

    public static ClaimsPrincipal Create(ApiKey key, string scheme)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id),
            new(ClaimTypes.Name, key.Name),
            new(KeyRoleClaim, key.Role),
        ];
        claims.AddRange(ApiRoles.Implied(key.Role).Select(static role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The signed-in key as the use cases' actor: its id, name and role.</summary>
    public static Snapback.Screening.Cases.Actor Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous", user.FindFirstValue(ClaimTypes.Name) ?? "anonymous",
            Snapback.Screening.Cases.CaseRoles.Parse(RoleOf(user)) ?? Snapback.Screening.Cases.CaseRole.Viewer);
    }

    /// <summary>The key's role as signed in, or "none".</summary>
    public static string RoleOf(ClaimsPrincipal user) => user.FindFirstValue(KeyRoleClaim) ?? "none";
}
