using Snapback.Lists.Model;

namespace Snapback.Api.Entities;

/// <summary>One listed party: as it stood at <see cref="AsOf"/>, every list it is or was on, and its history across snapshots.</summary>
/// <param name="AsOf">The moment asked about; null means now (the newest snapshots).</param>
/// <param name="Listed">True when at least one list in force at that moment holds it.</param>
/// <param name="Entity">Its record in force then, or its nearest earlier (else first) known record when no list held it.</param>
/// <param name="Lists">One row per list it ever appeared on.</param>
/// <param name="History">Listings, changes and removals, oldest first, across all lists.</param>
public sealed record EntityReport(
    string Id,
    DateTimeOffset? AsOf,
    bool Listed,
    ListedEntity Entity,
    IReadOnlyList<EntityListing> Lists,
    IReadOnlyList<EntityEvent> History);
