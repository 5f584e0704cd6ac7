namespace Snapback.Screening.Cases;

/// <summary>The ranked roles: each can do what the roles below it can.</summary>
public enum CaseRole
{
    /// <summary>Reads lists, alerts, customers and the audit trail.</summary>
    Viewer = 0,

    /// <summary>Also screens, imports customers, comments and proposes decisions.</summary>
    Analyst = 1,

    /// <summary>Also approves or rejects proposals made by someone else.</summary>
    Approver = 2,

    /// <summary>Also updates lists and manages keys.</summary>
    Admin = 3,
}
