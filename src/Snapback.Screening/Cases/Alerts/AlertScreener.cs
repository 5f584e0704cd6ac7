using Snapback.Screening.Cases.Customers;
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
        var screened = screening.Screen(customer.Record.ToRequest(), threshold);
        return await AlertRaiser.RaiseAsync(session, customer, screened, lists, actor, time.GetUtcNow(), cancellationToken);
    }
}
