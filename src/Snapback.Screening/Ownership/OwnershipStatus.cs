namespace Snapback.Screening.Ownership;

/// <summary>Whether a party of the ownership graph is blocked, and why.</summary>
public enum OwnershipStatus
{
    /// <summary>Neither listed nor owned or controlled enough by blocked parties.</summary>
    NotBlocked,

    /// <summary>Listed in force (or linked to a listing by its name).</summary>
    Listed,

    /// <summary>Not listed, but blocked by the ownership rule of the regime: owned (or controlled) by blocked parties.</summary>
    Owned,
}
