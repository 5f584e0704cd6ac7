using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Auth;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Api.Pages;

/// <summary>A customer: every version kept, its alerts, and a button that screens it now through <see cref="AlertScreener"/>.</summary>
internal sealed class CustomerModel(ICaseStore store, AlertScreener screener) : PageModel
{
    public IReadOnlyList<StoredCustomer> Versions { get; private set; } = [];

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostScreenAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var result = await screener.ScreenCustomerAsync(id, ApiKeyPrincipal.Actor(User), null, cancellationToken);
            Message = $"Screened: {result.Created.Length} alerts raised, {result.Updated.Length} updated, {result.Unchanged} unchanged, {result.Suppressed} suppressed.";
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
        return Versions.Count > 0;
    }
}
