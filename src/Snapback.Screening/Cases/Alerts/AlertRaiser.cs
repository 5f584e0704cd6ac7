using System.Collections.Immutable;
using Snapback.Lists.Model;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Cases.Alerts;

/// <summary>
/// Turns one customer's screening result into alerts, whichever screen produced it (a customer screen or a monitoring run): an open
/// alert that says the same is left alone, a suppressed pair whose two sides are unchanged raises nothing, and a pair whose customer
/// or entity changed since its suppression alerts again, listing what changed.
/// </summary>
internal static class AlertRaiser
{
    /// <param name="lists">The lists <paramref name="screened"/> was computed against; every hit's entity must be in them.</param>
    public static async Task<CustomerScreenResult> RaiseAsync(
        ICaseSession session, StoredCustomer customer, PartyResult screened, LoadedLists lists, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var request = customer.Record.ToRequest();
        var created = ImmutableArray.CreateBuilder<long>();
        var updated = ImmutableArray.CreateBuilder<long>();
        long suppressed = 0, unchanged = 0;
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
