namespace Snapback.Api.Auth;

/// <summary>
/// The three roles a key can hold. They are ranked: an analyst can do what a viewer can, an admin what an analyst can.
/// viewer reads lists, entities and changes; analyst also screens; admin also updates lists and manages keys.
/// </summary>
public static class ApiRoles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/> (lower case, exact).</summary>
    public static bool IsKnown(string? role) => role is Viewer or Analyst or Admin;

    /// <summary>The role and every lower role, so a policy can ask for a single role claim.</summary>
    public static IReadOnlyList<string> Implied(string role) => role switch
    {
        Admin => [Admin, Analyst, Viewer],
        Analyst => [Analyst, Viewer],
        Viewer => [Viewer],
        _ => [],
    };
}
