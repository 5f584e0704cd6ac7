namespace Snapback.Screening.Cases;

/// <summary>The rule a refused case action broke; the API answers 403 for the first two, 404 and 409 for the others.</summary>
public enum CaseRule
{
    /// <summary>The actor's role is too low for the action.</summary>
    RoleRequired,

    /// <summary>Four eyes: the person who proposed a decision cannot approve or reject it.</summary>
    FourEyes,

    /// <summary>The alert or customer does not exist.</summary>
    NotFound,

    /// <summary>The alert is not in a state that allows the action (e.g. no pending proposal, or already closed).</summary>
    WrongState,
}
