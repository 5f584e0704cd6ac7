using System.Collections.Immutable;
using System.Text.Json;
using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Ownership;

/// <summary>
/// Raises alerts of kind <see cref="AlertKind.Ownership"/> on customers blocked by ownership, through the same case workflow as name
/// hits: one open alert per customer and regime (entity id <c>ownership:REGIME</c>), updated when the paths change, proposals and four
/// eyes as for any alert, and a false positive suppressing the alert until the customer or the paths change. After a list change,
/// <see cref="RecomputeAsync"/> recomputes only what the changed listings own, directly or through others.
/// </summary>
public sealed class OwnershipAlerts(ICaseStore cases, OwnershipService ownership, TimeProvider time, OwnershipRegime regime)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (OwnershipResult Result, long ImportId)? last;

    public OwnershipRegime Regime => regime;

    /// <summary>The alert's entity id: one open ownership alert per customer and regime.</summary>
    public string AlertEntityId => "ownership:" + regime.Name;

    /// <summary>Checks one customer and raises or updates its ownership alert when it is blocked by ownership.</summary>
    public async Task<CustomerScreenResult> ScreenCustomerAsync(string customerId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Screening customers");
        var view = await ownership.LoadAsync(cancellationToken);
        return await AlertAsync(view, view.Compute(regime), [OwnershipPartyRef.CustomerPrefix + customerId], actor, mustExist: true, cancellationToken);
    }

    /// <summary>Raises or updates an ownership alert on every customer the holdings block by ownership.</summary>
    public async Task<CustomerScreenResult> ScreenAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Screening customers");
        var view = await ownership.LoadAsync(cancellationToken);
        var result = view.Compute(regime);
        var customers = result.OwnedParties().Where(static id => id.StartsWith(OwnershipPartyRef.CustomerPrefix, StringComparison.Ordinal));
        return await AlertAsync(view, result, customers, actor, mustExist: false, cancellationToken);
    }

    /// <summary>
    /// Recomputes blocking after the listings of <paramref name="changedEntityIds"/> changed (designated, delisted, amended) in the lists
    /// now in force, and raises ownership alerts on the customers that became blocked. Only the parties downstream of the change (the
    /// entities and the parties whose names were linked to them) are recomputed; the result is the same as a full computation.
    /// </summary>
    /// <returns>The parties whose status changed.</returns>
    public async Task<OwnershipRecheck> RecomputeAsync(IEnumerable<string> changedEntityIds, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changedEntityIds);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Screening customers");
        var entities = changedEntityIds.ToHashSet(StringComparer.Ordinal);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var view = await ownership.LoadAsync(cancellationToken);
            var changedParties = entities
                .Concat(view.Parties.Values.Where(p => p.Hit is { } hit && entities.Contains(hit.EntityId)).Select(static p => p.Id))
                .ToArray();
            var listings = view.Listings();
            var before = last is { } previous && previous.ImportId == view.ImportId
                ? previous.Result
                : OwnershipCalculator.Compute(view.Graph, Before(listings, changedParties, view), regime);
            var after = OwnershipCalculator.Recompute(before, listings, changedParties);
            last = (after.Result, view.ImportId);
            var changedCustomers = after.Changed.Where(static id => id.StartsWith(OwnershipPartyRef.CustomerPrefix, StringComparison.Ordinal)).ToList();
            var blockedCustomers = changedCustomers.Where(id => after.Result.StatusOf(id) == OwnershipStatus.Owned);
            var alerts = await AlertAsync(view, after.Result, blockedCustomers, actor, mustExist: false, cancellationToken);
            var closed = await CloseUnblockedAsync(changedCustomers.Where(id => after.Result.StatusOf(id) != OwnershipStatus.Owned), actor, cancellationToken);
            return new OwnershipRecheck(after.Changed, after.Recomputed, alerts, closed);
        }
        finally
        {
            gate.Release();
        }
    }

    // With no earlier result over these holdings, the listings before the change are the present ones with the changed parties flipped:
    // a party listed now was not before (a designation), and one not listed now was (a delisting).
    private static Dictionary<string, ListedLink> Before(Dictionary<string, ListedLink> now, string[] changed, OwnershipView view)
    {
        var before = new Dictionary<string, ListedLink>(now, StringComparer.Ordinal);
        foreach (var id in changed)
        {
            if (!before.Remove(id))
            {
                var entityId = view.Parties.TryGetValue(id, out var party) && party.Hit is { } hit ? hit.EntityId : id;
                before[id] = new ListedLink(id, entityId, party?.Hit?.Score);
            }
        }

        return before;
    }

    private async Task<CustomerScreenResult> AlertAsync(
        OwnershipView view, OwnershipResult result, IEnumerable<string> customerParties, Actor actor, bool mustExist, CancellationToken cancellationToken)
    {
        var total = CustomerScreenResult.Empty;
        await using var session = await cases.BeginAsync(cancellationToken);
        foreach (var partyId in customerParties)
        {
            var customerId = partyId[OwnershipPartyRef.CustomerPrefix.Length..];
            var customer = await session.GetCustomerAsync(customerId, cancellationToken);
            if (customer is null or { Deleted: true })
            {
                if (mustExist)
                {
                    throw new CaseRuleException(CaseRule.NotFound, $"no customer with id '{customerId}'");
                }

                continue;
            }

            var report = result.Report(partyId);
            total = total.Add(report.Status == OwnershipStatus.Owned
                ? await RaiseAsync(session, view, customer, report, actor, cancellationToken)
                : new CustomerScreenResult(1, [], [], 0, 0));
        }

        await session.CommitAsync(cancellationToken);
        return total;
    }

    // A customer no longer blocked (a delisting upstream, a holding ended) has nothing left to alert on: its open ownership alert is
    // closed with a note and an audit row, as a removed listing's alerts are; nobody decided it, so its outcome stays empty.
    private async Task<ImmutableArray<long>> CloseUnblockedAsync(IEnumerable<string> customerParties, Actor actor, CancellationToken cancellationToken)
    {
        var closed = ImmutableArray.CreateBuilder<long>();
        var now = time.GetUtcNow();
        await using var session = await cases.BeginAsync(cancellationToken);
        foreach (var partyId in customerParties)
        {
            var customerId = partyId[OwnershipPartyRef.CustomerPrefix.Length..];
            if (await session.FindOpenAlertAsync(customerId, AlertEntityId, cancellationToken) is not { } open)
            {
                continue;
            }

            var note = $"Closed: customer {customerId} is no longer blocked by ownership under the {regime.Name} rule; the listings its holdings "
                + "led to are no longer in force, or the holdings changed.";
            await AlertCloser.CloseAsync(session, open, actor, now, note,
                new { customer_id = customerId, entity_id = AlertEntityId, reason = note }, cancellationToken);
            closed.Add(open.Id);
        }

        await session.CommitAsync(cancellationToken);
        return closed.ToImmutable();
    }

    private async Task<CustomerScreenResult> RaiseAsync(
        ICaseSession session, OwnershipView view, StoredCustomer customer, OwnershipReport report, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var root = report.Paths.OrderByDescending(static p => p.Share).First().Listing;
        var entity = view.Lists.Index.Find(root.EntityId) ?? throw new InvalidOperationException($"entity {root.EntityId} is not in the loaded lists");
        var entityJson = EntityJson.Canonical(entity);
        var pathsHash = EntityJson.Hash(JsonSerializer.Serialize(new { report.Regime, report.AggregateShare, report.ControlledByBlocked, report.Paths }, BatchJson.Options));
        // A path resting on a name match is no more certain than the match: the alert scores as its weakest link.
        var score = report.Paths.Select(static p => p.Listing.Score ?? 1.0).Min();
        var summary = $"Blocked by ownership under {regime.Name} ({regime.Rule}): {report.AggregateShare:0.####}% held by blocked parties; " +
            string.Join("; ", report.Paths.Select(static p => p.ToString()));
        var hit = new PartyHit(entity.Id, score, entity.PrimaryName, PartyParser.KindName(entity.Kind), [ListSources.Title(entity.Source)], entity.Programs,
            new MatchExplanation(entity.PrimaryName, NameType.Primary, score, [], [], summary));
        var changes = ImmutableArray<FieldChange>.Empty;
        if (await session.FindSuppressionAsync(customer.Record.Id, AlertEntityId, cancellationToken) is { } suppression)
        {
            if (string.Equals(suppression.CustomerHash, customer.Hash, StringComparison.Ordinal)
                && string.Equals(suppression.EntityHash, pathsHash, StringComparison.Ordinal))
            {
                return new CustomerScreenResult(1, [], [], 1, 0);
            }

            var decided = await session.GetAlertAsync(suppression.AlertId, cancellationToken);
            var before = decided?.Evidence.Ownership?.Paths.Select(static p => p.ToString()).ToHashSet(StringComparer.Ordinal) ?? [];
            var paths = report.Paths.Select(static p => p.ToString()).ToHashSet(StringComparer.Ordinal);
            changes = [
                .. CustomerJson.CompareScreened(CustomerJson.Parse(suppression.CustomerJson), customer.Record),
                FieldChange.Set("ownership.paths", [.. paths.Except(before).Order(StringComparer.Ordinal)], [.. before.Except(paths).Order(StringComparer.Ordinal)]),
            ];
            await session.DeleteSuppressionAsync(customer.Record.Id, AlertEntityId, cancellationToken);
            await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.SuppressionLifted, $"alert:{suppression.AlertId}",
                new { customer_id = customer.Record.Id, entity_id = AlertEntityId, changes }), cancellationToken);
        }

        var evidence = new AlertEvidence(customer.Record.ToRequest(), customer.Hash, pathsHash, entityJson, hit,
            view.Lists.Basis(MatchOptions.DefaultThreshold), changes, actor, report);
        var open = await session.FindOpenAlertAsync(customer.Record.Id, AlertEntityId, cancellationToken);
        if (open is null)
        {
            var alert = new Alert(0, customer.Record.Id, AlertEntityId, "ownership", AlertStatus.Open, score, now, now, evidence, Kind: AlertKind.Ownership);
            var id = await session.InsertAlertAsync(alert, cancellationToken);
            await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertCreated, $"alert:{id}", Summary(alert, report)), cancellationToken);
            return new CustomerScreenResult(1, [id], [], 0, 0);
        }

        if (string.Equals(open.Evidence.CustomerHash, customer.Hash, StringComparison.Ordinal)
            && string.Equals(open.Evidence.EntityHash, pathsHash, StringComparison.Ordinal))
        {
            return new CustomerScreenResult(1, [], [], 0, 1);
        }

        var updated = open with { Score = score, UpdatedAt = now, Evidence = evidence with { Changes = [.. open.Evidence.Changes, .. changes] } };
        await session.UpdateAlertAsync(updated, cancellationToken);
        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertUpdated, $"alert:{open.Id}", Summary(updated, report)), cancellationToken);
        return new CustomerScreenResult(1, [], [open.Id], 0, 0);
    }

    private static object Summary(Alert alert, OwnershipReport report) => new
    {
        kind = "ownership",
        customer_id = alert.CustomerId,
        entity_id = alert.EntityId,
        score = alert.Score,
        regime = report.Regime,
        aggregate_share = report.AggregateShare,
        paths = report.Paths.Select(static p => p.ToString()),
        customer_hash = alert.Evidence.CustomerHash,
        entity_hash = alert.Evidence.EntityHash,
        lists = alert.Evidence.Basis.ListsText,
    };
}
