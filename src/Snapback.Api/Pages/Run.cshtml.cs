using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Screening.Monitoring;

namespace Snapback.Api.Pages;

/// <summary>One monitoring run and the alerts it raised, updated or closed, grouped by the listed entity whose change caused them.</summary>
internal sealed class RunModel(MonitorService monitor) : PageModel
{
    public MonitorRun Run { get; private set; } = null!;

    public IReadOnlyList<IGrouping<string, MonitorRunAlert>> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await monitor.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Run = found.Run;
        Groups = [.. found.Alerts.GroupBy(static a => a.EntityId, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal)];
        return Page();
    }
}
