using Snapback.Lists.Model;
using Snapback.Screening.Lists;

namespace Snapback.Api.Entities;

/// <summary>One listed party as it stood at <see cref="AsOf"/>: its record, every list holding it then, and its history.</summary>
/// <param name="AsOf">The moment asked about; null means now (the newest snapshots).</param>
/// <param name="Listed">True when a list in force at that moment holds it.</param>
/// <param name="Entity">Its record in force then, or its last earlier (else first) record when no list held it.</param>
/// <param name="Snapshot">The snapshot <paramref name="Entity"/> comes from.</param>
/// <param name="Lists">Every list in force at that moment that holds it (OFAC ids can be on both OFAC lists).</param>
/// <param name="History">Its versions on its list, oldest first: when each content was listed, what changed, gaps as re-listings.</param>
public sealed record EntityReport(
    string Id,
    DateTimeOffset? AsOf,
    bool Listed,
    ListedEntity Entity,
    ListSnapshot Snapshot,
    IReadOnlyList<EntityListing> Lists,
    IReadOnlyList<EntityVersion> History);
