using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Auth;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Ownership;

namespace Snapback.Api.Pages;

/// <summary>A customer: every version kept, its alerts, its ownership, and a button that screens it now (name hits and ownership).</summary>
internal sealed class CustomerModel(ICaseStore store, AlertScreener screener, OwnershipService ownership, OwnershipAlerts ownershipAlerts) : PageModel
{
    public IReadOnlyList<StoredCustomer> Versions { get; private set; } = [];

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Whether the customer is blocked by ownership, with its paths (OFAC unless <c>?regime=eu|uk</c>).</summary>
    public OwnershipPanel? Ownership { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Regime { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostScreenAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var result = await screener.ScreenCustomerAsync(id, ApiKeyPrincipal.Actor(User), null, cancellationToken);
            Message = $"Screened: {result.Created.Length} alerts raised, {result.Updated.Length} updated, {result.Unchanged} unchanged, {result.Suppressed} suppressed.";
            var owned = await ownershipAlerts.ScreenCustomerAsync(id, ApiKeyPrincipal.Actor(User), cancellationToken);
            if (owned.Created.Length + owned.Updated.Length + owned.Unchanged + owned.Suppressed > 0)
            {
                Message += $" Ownership ({ownershipAlerts.Regime.Name}): {owned.Created.Length} alerts raised, {owned.Updated.Length} updated, " +
                    $"{owned.Unchanged} unchanged, {owned.Suppressed} suppressed.";
            }
        }
        catch (Exception refused) when (refused is CaseRuleException or InvalidOperationException)
        {
            Message = "Refused: " + refused.Message;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        Versions = await session.CustomerHistoryAsync(id, cancellationToken);
        Alerts = await session.ListAlertsAsync(new AlertFilter(CustomerId: id, Limit: 1000), cancellationToken);
        Ownership = await OwnershipPanel.LoadAsync(ownership, OwnershipPartyRef.CustomerPrefix + id, Regime, cancellationToken);
        return Versions.Count > 0;
    }
}
