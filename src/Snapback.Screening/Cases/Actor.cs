namespace Snapback.Screening.Cases;

/// <summary>Who acts: an API key or a named command-line user, with the role the store gives them.</summary>
/// <param name="Id">The key's id, or <c>user:NAME</c> for a command-line user; four eyes compares ids.</param>
/// <param name="Name">The name shown in the audit trail.</param>
public sealed record Actor(string Id, string Name, CaseRole Role)
{
    /// <summary>Refuses with <see cref="CaseRule.RoleRequired"/> unless the actor holds <paramref name="role"/> or a higher one.</summary>
    public void Require(CaseRole role, string action)
    {
        if (Role < role)
        {
            throw new CaseRuleException(CaseRule.RoleRequired,
                $"{action} needs the {CaseRoles.Name(role)} role; {Name} is {CaseRoles.Name(Role)}");
        }
    }
}
