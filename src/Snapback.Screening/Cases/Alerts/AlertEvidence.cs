using System.Collections.Immutable;
using Snapback.Matching;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Cases.Alerts;

/// <summary>What an alert was raised on, as it was then, so the decision can be reviewed and reproduced.</summary>
/// <param name="Query">The customer as screened.</param>
/// <param name="CustomerHash">The customer's screened-fields hash (<see cref="Customers.CustomerJson.ScreenedHash"/>).</param>
/// <param name="EntityHash">The listed entity's content hash (canonical JSON, as the list store keeps it).</param>
/// <param name="Entity">The listed entity as it was: its canonical JSON (<see cref="Snapback.Lists.Model.EntityJson"/>).</param>
/// <param name="Hit">The hit: matched name, score, lists, programmes and explanation.</param>
/// <param name="Basis">The list snapshots, threshold and matcher version.</param>
/// <param name="Changes">When a suppression was lifted: what changed in the customer or the entity since it was decided.</param>
/// <param name="Actor">Who screened.</param>
/// <param name="Ownership">For an ownership alert: the customer's status, aggregate share and the paths from listed parties.</param>
public sealed record AlertEvidence(
    PartyRequest Query,
    string CustomerHash,
    string EntityHash,
    string Entity,
    PartyHit Hit,
    ScreeningBasis Basis,
    ImmutableArray<FieldChange> Changes,
    Actor Actor,
    Ownership.OwnershipReport? Ownership = null);
