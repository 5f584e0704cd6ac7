using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;

namespace Snapback.Api.Pages;

/// <summary>The alert queue: filter by status, list, score and customer; sort by score or by last change. Read through the API's store session.</summary>
internal sealed class AlertsModel(ICaseStore store) : PageModel
{
    public string? Status { get; private set; }

    public string? Source { get; private set; }

    public string? Customer { get; private set; }

    public double? MinScore { get; private set; }

    public string Sort { get; private set; } = "score";

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public async Task OnGetAsync(string? status, string? source, string? customer, double? minScore, string? sort, CancellationToken cancellationToken)
    {
        Status = string.IsNullOrWhiteSpace(status) ? "open" : status;
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
        Customer = string.IsNullOrWhiteSpace(customer) ? null : customer.Trim();
        MinScore = minScore;
        Sort = sort == "updated" ? "updated" : "score";
        AlertStatus? filter = Status == "all" ? null
            : Enum.TryParse<AlertStatus>(Status.Replace("-", "", StringComparison.Ordinal), true, out var parsed) ? parsed : AlertStatus.Open;
        await using var session = await store.BeginReadAsync(cancellationToken);
        var alerts = await session.ListAlertsAsync(new AlertFilter(filter, Customer, Source, MinScore, 1000), cancellationToken);
        Alerts = Sort == "updated" ? [.. alerts.OrderByDescending(static a => a.UpdatedAt).ThenByDescending(static a => a.Id)] : alerts;
    }

    public static string StatusName(AlertStatus status) => status == AlertStatus.NeedsInfo ? "needs-info" : status.ToString().ToLowerInvariant();
}
