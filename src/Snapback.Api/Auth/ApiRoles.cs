using Snapback.Screening.Cases;

namespace Snapback.Api.Auth;

/// <summary>
/// The four roles a key can hold. They are ranked: each can do what the roles below it can. viewer reads lists, entities, changes,
/// alerts and the audit trail; analyst also screens, imports customers and proposes decisions; approver also approves or rejects
/// someone else's proposal; admin also updates lists and manages keys.
/// </summary>
public static class ApiRoles
{
    public const string Viewer = CaseRoles.Viewer;
    public const string Analyst = CaseRoles.Analyst;
    public const string Approver = CaseRoles.Approver;
    public const string Admin = CaseRoles.Admin;

    public static IReadOnlyList<string> All { get; } = CaseRoles.All;

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/> (lower case, exact).</summary>
    public static bool IsKnown(string? role) => CaseRoles.Parse(role) is not null;

    /// <summary>The role and every lower role, so a policy can ask for a single role claim.</summary>
    public static IReadOnlyList<string> Implied(string role) =>
        CaseRoles.Parse(role) is { } parsed ? [.. All.Take((int)parsed + 1).Reverse()] : [];
}
