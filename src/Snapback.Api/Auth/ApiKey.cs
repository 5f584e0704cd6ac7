using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Api.Auth;

/// <summary>A stored API key, without its secret.</summary>
/// <param name="Id">Short public id, e.g. for revoking.</param>
/// <param name="Name">What the key is for, as given when it was made.</param>
/// <param name="Role">One of <see cref="ApiRoles.All"/>.</param>
public sealed record ApiKey(string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null)
{
    public static ApiKey From(AccessKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, CaseRoles.Name(key.Role), key.CreatedAt, key.RevokedAt);
    }

    /// <summary>The key acting, for the use cases' role and four-eyes rules.</summary>
    public Actor Actor => new(Id, Name, CaseRoles.Parse(Role) ?? CaseRole.Viewer);
}
