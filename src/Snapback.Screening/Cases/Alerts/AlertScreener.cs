using System.Collections.Immutable;
using Snapback.Lists.Model;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Cases.Alerts;

/// <summary>
/// Screens stored customers and turns hits into alerts: one open alert per (customer, entity), updated rather than duplicated; a
/// suppressed pair raises nothing while both sides are unchanged, and alerts again with the changed fields when either changed.
/// Each customer's alerts and their audit rows commit together.
/// </summary>
public sealed class AlertScreener(ICaseStore store, ScreeningService screening, TimeProvider time)
{
    /// <summary>Customers screened per transaction when screening them all.</summary>
    public const int PageSize = 200;

    public async Task<CustomerScreenResult> ScreenCustomerAsync(string customerId, Actor actor, double? threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Screening customers");
        await using var session = await store.BeginAsync(cancellationToken);
        var customer = await session.GetCustomerAsync(customerId, cancellationToken);
        if (customer is null or { Deleted: true })
        {
            throw new CaseRuleException(CaseRule.NotFound, $"no customer with id '{customerId}'");
        }

        var result = await ScreenAsync(session, customer, actor, threshold, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Screens every customer, <see cref="PageSize"/> to a transaction, in id order.</summary>
    public async Task<CustomerScreenResult> ScreenAllAsync(Actor actor, double? threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Screening customers");
        var total = CustomerScreenResult.Empty;
        string? after = null;
        while (true)
        {
            await using var session = await store.BeginAsync(cancellationToken);
            var page = await session.ListCustomersAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return total;
            }

            foreach (var customer in page)
            {
                total = total.Add(await ScreenAsync(session, customer, actor, threshold, cancellationToken));
            }

            await session.CommitAsync(cancellationToken);
            after = page[^1].Record.Id;
        }
    }

    private async Task<CustomerScreenResult> ScreenAsync(
        ICaseSession session, StoredCustomer customer, Actor actor, double? threshold, CancellationToken cancellationToken)
    {
        var lists = screening.Current ?? throw new InvalidOperationException("No lists are loaded yet: import lists first (snapback lists import).");
        var request = customer.Record.ToRequest();
        var screened = screening.Screen(request, threshold);
        var created = ImmutableArray.CreateBuilder<long>();
        var updated = ImmutableArray.CreateBuilder<long>();
        long suppressed = 0, unchanged = 0;
        var now = time.GetUtcNow();
        foreach (var hit in screened.Hits)
        {
            var entity = lists.Index.Find(hit.EntityId) ?? throw new InvalidOperationException($"entity {hit.EntityId} is not in the loaded lists");
            var entityJson = EntityJson.Canonical(entity);
            var entityHash = EntityJson.Hash(entityJson);
            var changes = ImmutableArray<FieldChange>.Empty;
            if (await session.FindSuppressionAsync(customer.Record.Id, entity.Id, cancellationToken) is { } suppression)
            {
                if (string.Equals(suppression.CustomerHash, customer.Hash, StringComparison.Ordinal)
                    && string.Equals(suppression.EntityHash, entityHash, StringComparison.Ordinal))
                {
                    suppressed++;
                    continue;
                }

                changes = [
                    .. CustomerJson.CompareScreened(CustomerJson.Parse(suppression.CustomerJson), customer.Record),
                    .. ListDiffer.CompareFields(EntityJson.Deserialize(suppression.EntityJson), entity)
                        .Select(static change => change with { Field = "entity." + change.Field }),
                ];
                await session.DeleteSuppressionAsync(customer.Record.Id, entity.Id, cancellationToken);
                await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.SuppressionLifted, $"alert:{suppression.AlertId}",
                    new { customer_id = customer.Record.Id, entity_id = entity.Id, changes }), cancellationToken);
            }

            var evidence = new AlertEvidence(request, customer.Hash, entityHash, entityJson, hit, screened.Basis!, changes, actor);
            var open = await session.FindOpenAlertAsync(customer.Record.Id, entity.Id, cancellationToken);
            if (open is null)
            {
                var alert = new Alert(0, customer.Record.Id, entity.Id, entity.Source, AlertStatus.Open, hit.Score, now, now, evidence);
                var id = await session.InsertAlertAsync(alert, cancellationToken);
                await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertCreated, $"alert:{id}", Summary(alert)), cancellationToken);
                created.Add(id);
            }
            else if (!string.Equals(open.Evidence.CustomerHash, customer.Hash, StringComparison.Ordinal)
                || !string.Equals(open.Evidence.EntityHash, entityHash, StringComparison.Ordinal)
                || open.Score != hit.Score)
            {
                var alert = open with
                {
                    Score = hit.Score,
                    UpdatedAt = now,
                    Evidence = evidence with { Changes = [.. open.Evidence.Changes, .. changes] },
                };
                await session.UpdateAlertAsync(alert, cancellationToken);
                await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.AlertUpdated, $"alert:{open.Id}", Summary(alert)), cancellationToken);
                updated.Add(open.Id);
            }
            else
            {
                unchanged++;
            }
        }

        return new CustomerScreenResult(1, created.ToImmutable(), updated.ToImmutable(), suppressed, unchanged);
    }

    private static object Summary(Alert alert) => new
    {
        customer_id = alert.CustomerId,
        entity_id = alert.EntityId,
        score = alert.Score,
        customer_hash = alert.Evidence.CustomerHash,
        entity_hash = alert.Evidence.EntityHash,
        lists = alert.Evidence.Basis.ListsText,
        threshold = alert.Evidence.Basis.Threshold,
        matcher = alert.Evidence.Basis.Matcher,
        changes = alert.Evidence.Changes,
    };
}
