namespace Snapback.Screening.Ownership;

/// <summary>A direct holding seen from one party, with the status of the party at its other end.</summary>
/// <param name="PartyId">The owner (for a party's owners) or the owned party (for what a party owns).</param>
public sealed record OwnershipHolding(string PartyId, decimal Share, bool Control, OwnershipStatus Status);
