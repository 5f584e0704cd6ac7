using System.CommandLine;
using Snapback.Cli.Hosting;
using Snapback.Lists;
using Snapback.Screening.Cases;
using Snapback.Screening.Lists;

namespace Snapback.Cli.Lists;

/// <summary>
/// <c>snapback lists update [--source S] [--url S=URL]</c>: downloads the official lists, checks each, and imports what changed.
/// A failed or suspicious download leaves the snapshot in force untouched.
/// </summary>
internal static class ListsUpdateCommand
{
    private static readonly Option<string[]> Sources = new("--source") { Description = "Only these lists (repeatable); default all configured" };
    private static readonly Option<string[]> Urls = new("--url")
    {
        Description = "Override a download address: SOURCE=URL (repeatable), e.g. un=https://…/consolidated.xml",
    };

    private static readonly Option<bool> Confirm = new("--confirm")
    {
        Description = "Store a publication even if it removes more than --max-removal of the list's entries",
    };

    private static readonly Option<int?> TimeoutSeconds = new("--timeout") { Description = "Seconds allowed per request (default 120)" };

    public static Command Create()
    {
        var command = new Command("update", "Download the current official lists and import what changed") { Sources, Urls, TimeoutSeconds, Confirm, CliOptions.MaxRemoval, CliOptions.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new ListUpdateOptions();
        foreach (var pair in parse.GetValue(Urls) ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !ListSources.All.Contains(pair[..equals]) || !Uri.TryCreate(pair[(equals + 1)..], UriKind.Absolute, out var url))
            {
                Console.Error.WriteLine($"snapback lists update: --url '{pair}' is not SOURCE=URL with a known source");
                return 2;
            }

            options.Sources[pair[..equals]] = url;
        }

        if (parse.GetValue(TimeoutSeconds) is { } seconds)
        {
            options.RequestTimeout = TimeSpan.FromSeconds(seconds);
        }

        var only = parse.GetValue(Sources) ?? [];
        foreach (var source in options.Sources.Keys.ToList().Where(s => only.Length > 0 && !only.Contains(s)))
        {
            options.Sources.Remove(source);
        }

        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Snapback/1.0 (sanctions screening)");
        var actor = await CliActor.ListActorAsync(parse, store.Cases, CaseRole.Admin, "Updating lists", cancellationToken);
        var importer = new ListImporter(store, TimeProvider.System, new ListImportOptions { MaxRemovedShare = parse.GetValue(CliOptions.MaxRemoval) }, actor);
        var updater = new ListUpdater(store, importer, http, TimeProvider.System, options);
        var results = await updater.UpdateAllAsync(parse.GetValue(Confirm), cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(results);
        }
        else
        {
            foreach (var result in results)
            {
                Console.WriteLine($"{result.Source,-10} {result.Status,-12} {result.Url}  {result.Reason}");
            }
        }

        return results.Any(r => r.Status is UpdateStatus.Failed or UpdateStatus.Held) ? 1 : 0;
    }
}
