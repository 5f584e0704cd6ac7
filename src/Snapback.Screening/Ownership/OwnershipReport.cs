using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>A party's status under one regime, and the explanation.</summary>
/// <param name="Regime">ofac, eu or uk.</param>
/// <param name="AggregateShare">Percent of the party held directly by blocked parties (listed or owned), summed.</param>
/// <param name="ControlledByBlocked">True when a blocked party controls it (counts only where the regime says so).</param>
/// <param name="Listing">For a listed party, its listing.</param>
/// <param name="Paths">For a party blocked by ownership, the chains from listed parties that add up to the rule.</param>
/// <param name="Owners">Every direct owner, blocked or not.</param>
/// <param name="Blocks">What the party owns that is blocked by ownership (through this party's holding or others').</param>
/// <param name="InGraph">False when no holding names the party.</param>
public sealed record OwnershipReport(
    string PartyId,
    string Regime,
    OwnershipStatus Status,
    decimal AggregateShare,
    bool ControlledByBlocked,
    ListedLink? Listing,
    ImmutableArray<OwnershipPath> Paths,
    ImmutableArray<OwnershipHolding> Owners,
    ImmutableArray<OwnershipHolding> Blocks,
    bool InGraph)
{
    /// <summary>True when the party is blocked, listed or by ownership.</summary>
    public bool Blocked => Status != OwnershipStatus.NotBlocked;
}
