using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Screening.Monitoring;

namespace Snapback.Api.Pages;

/// <summary>The monitoring runs, newest first, with what each found and did.</summary>
internal sealed class RunsModel(MonitorService monitor) : PageModel
{
    public IReadOnlyList<MonitorRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Runs = await monitor.ListAsync(100, cancellationToken);

    public static string State(MonitorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Status switch
        {
            MonitorRunStatus.Pending => "pending",
            MonitorRunStatus.Running => "running (" + run.Phase.ToString().ToLowerInvariant() + ")",
            _ => "completed",
        };
    }
}
