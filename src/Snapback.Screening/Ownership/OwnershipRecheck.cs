using System.Collections.Immutable;
using Snapback.Screening.Cases.Alerts;

namespace Snapback.Screening.Ownership;

/// <summary>What a list change did to blocking by ownership.</summary>
/// <param name="Changed">Parties whose status (not blocked, listed, blocked by ownership) changed, by party id.</param>
/// <param name="Recomputed">Parties recomputed: those downstream of the change.</param>
/// <param name="Alerts">Ownership alerts raised or updated on customers that became blocked.</param>
/// <param name="Closed">Open ownership alerts closed on customers no longer blocked.</param>
public sealed record OwnershipRecheck(ImmutableArray<string> Changed, int Recomputed, CustomerScreenResult Alerts, ImmutableArray<long> Closed);
