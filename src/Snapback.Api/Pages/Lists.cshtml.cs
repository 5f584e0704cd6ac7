using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Snapback.Api.Lists;
using Snapback.Screening.Lists;

namespace Snapback.Api.Pages;

/// <summary>Lists: how current each list is, through the same use case as <c>GET /api/lists</c>.</summary>
internal sealed class ListsModel(ListCatalog catalog, IOptions<ListScheduleOptions> schedule) : PageModel
{
    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    /// <summary>How long a list may go without a confirming check, for people: "2 days", "36 hours".</summary>
    public string StaleAfter => Age(schedule.Value.StaleAfter);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await catalog.ListAsync(cancellationToken);

    public static string When(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";

    public static string Describe(UpdateStatus? status) => status switch
    {
        UpdateStatus.Imported => "new publication imported",
        UpdateStatus.NotModified => "not modified",
        UpdateStatus.Unchanged => "unchanged",
        UpdateStatus.Held => "held for confirmation",
        UpdateStatus.Failed => "failed",
        _ => "",
    };

    private static string Age(TimeSpan span) => span.TotalHours % 24 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0} day{(span.TotalDays == 1 ? "" : "s")}")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} hours");
}
