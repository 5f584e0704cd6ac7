namespace Snapback.Screening.Cases.Keys;

/// <summary>A stored key, without its secret: who holds it and the role it gives, for the API, the UI and the command line.</summary>
/// <param name="Id">Short public id, e.g. for revoking; it is also the actor id the audit trail and four eyes use.</param>
/// <param name="Name">Who or what the key is for.</param>
public sealed record AccessKey(string Id, string Name, CaseRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null)
{
    /// <summary>The key acting.</summary>
    public Actor Actor => new(Id, Name, Role);
}
