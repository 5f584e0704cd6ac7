using System.CommandLine;
using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Screening.Cases;
using Snapback.Screening.Monitoring;
using Snapback.Store;

namespace Snapback.Cli.Monitor;

/// <summary><c>snapback monitor run|status</c>: the monitoring runs every new list snapshot records.</summary>
internal static class MonitorCommand
{
    private static readonly Option<int> Limit = new("--limit") { Description = "At most this many runs (default 20)", DefaultValueFactory = _ => 20 };

    public static Command Create()
    {
        var run = new Command("run", "Run every pending monitoring run (resuming one stopped half way) and print what each did");
        run.SetAction(RunAsync);
        var status = new Command("status", "Monitoring runs, newest first: state, list change, counts and time taken") { Limit, CliOptions.Json };
        status.SetAction(StatusAsync);
        return new Command("monitor", "Ongoing monitoring: re-screen customers when a list changes") { run, status };
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        await CliActor.ListActorAsync(parse, store.Cases, CaseRole.Analyst, "Running monitoring", cancellationToken);
        var runs = await store.Monitoring(TimeProvider.System).RunPendingAsync(cancellationToken);
        if (runs.Count == 0)
        {
            Console.WriteLine("no monitoring run pending");
        }

        foreach (var run in runs)
        {
            Console.WriteLine(Line(run));
        }

        return 0;
    }

    private static async Task<int> StatusAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var runs = await store.Monitoring(TimeProvider.System).ListAsync(parse.GetValue(Limit), cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(runs);
            return 0;
        }

        if (runs.Count == 0)
        {
            Console.WriteLine("no monitoring runs yet: every list import records one");
        }

        foreach (var run in runs)
        {
            Console.WriteLine(Line(run));
        }

        return 0;
    }

    private static string Line(MonitorRun run)
    {
        var c = run.Counts;
        var state = run.Status == MonitorRunStatus.Running ? $"running ({run.Phase.ToString().ToLowerInvariant()})" : run.Status.ToString().ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture,
            $"run {run.Id}: {run.Source} #{run.FromSnapshot?.ToString(CultureInfo.InvariantCulture) ?? "-"} → #{run.ToSnapshot}  {state}  " +
            $"entities +{c.AddedEntities} ~{c.ChangedEntities} -{c.RemovedEntities}  customers checked: {c.CustomersChecked} screened: {c.CustomersScreened}  " +
            $"alerts created: {c.AlertsCreated} updated: {c.AlertsUpdated} closed: {c.AlertsClosed}  suppressed kept: {c.SuppressedKept}  " +
            $"{run.ElapsedMs} ms");
    }
}
