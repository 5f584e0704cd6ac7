namespace Snapback.Screening.Cases;

/// <summary>The role names as the store, the API and the command line write them.</summary>
public static class CaseRoles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Approver = "approver";
    public const string Admin = "admin";

    /// <summary>Every role name, lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Approver, Admin];

    public static string Name(CaseRole role) => role switch
    {
        CaseRole.Viewer => Viewer,
        CaseRole.Analyst => Analyst,
        CaseRole.Approver => Approver,
        CaseRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>The role named <paramref name="name"/> (lower case, exact), or null.</summary>
    public static CaseRole? Parse(string? name) => name switch
    {
        Viewer => CaseRole.Viewer,
        Analyst => CaseRole.Analyst,
        Approver => CaseRole.Approver,
        Admin => CaseRole.Admin,
        _ => null,
    };
}
