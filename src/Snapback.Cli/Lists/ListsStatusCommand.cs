using System.CommandLine;
using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Screening.Lists;
using Spectre.Console;

namespace Snapback.Cli.Lists;

/// <summary>
/// <c>snapback lists status</c>: per list the snapshot in force, its publication date and counts by kind, then how current it is: the
/// last update check, the last successful download, the last error, and whether it is stale; and which lists are superseded (no
/// longer screened).
/// </summary>
internal static class ListsStatusCommand
{
    private static readonly Option<string?> StaleAfter = new("--stale-after")
    {
        Description = "Call a list stale when no update has confirmed it current for this long: 2d, 36h, 90m or 1.12:00:00 (default 2d)",
    };

    public static Command Create()
    {
        var command = new Command("status", "Show the snapshot in force for each list and how current it is")
        {
            StaleAfter,
            CliOptions.Json,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var staleAfter = Age(parse.GetValue(StaleAfter));
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        await CliSession.EnsureListsAsync(store, cancellationToken);
        var rows = new List<(ListSnapshot? Snapshot, int Versions, ListFreshness Freshness)>();
        var superseded = new Dictionary<string, ListSnapshot>(StringComparer.Ordinal);
        foreach (var freshness in await store.FreshnessAsync(TimeProvider.System.GetUtcNow(), staleAfter, cancellationToken))
        {
            var snapshots = await store.ListSnapshotsAsync(freshness.Source, cancellationToken);
            rows.Add((snapshots.FirstOrDefault(s => s.Id == freshness.SnapshotId), snapshots.Count, freshness));
            if (await store.SupersedingSnapshotAsync(freshness.Source, null, cancellationToken) is { } successor)
            {
                superseded[freshness.Source] = successor;
            }
        }

        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(rows.Select(r => new { r.Snapshot, r.Versions, r.Freshness, SupersededBy = superseded.GetValueOrDefault(r.Freshness.Source) }));
            return 0;
        }

        AnsiConsole.Write(Snapshots(rows.Where(static r => r.Snapshot is not null).Select(static r => (r.Snapshot!, r.Versions))));
        foreach (var (source, successor) in superseded)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"{source} is superseded by {successor.Source} from {ImportResultText.Date(successor.EffectiveAt)} "
                + $"(snapshot {successor.Id}): screening uses {successor.Source} only"));
        }

        AnsiConsole.Write(Freshness(rows.Select(static r => r.Freshness)));
        foreach (var freshness in rows.Select(static r => r.Freshness).Where(static f => f.LastError is not null))
        {
            Console.WriteLine($"{freshness.Source}: last error {When(freshness.LastErrorAt)}: {freshness.LastError}");
        }

        return 0;
    }

    // Source ids, not titles, keep each table within 80 columns when the output is not a terminal.
    private static Table Snapshots(IEnumerable<(ListSnapshot Snapshot, int Versions)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("list").AddColumn("snapshot").AddColumn("published").AddColumn("entities", c => c.RightAligned())
            .AddColumn("persons", c => c.RightAligned()).AddColumn("orgs", c => c.RightAligned())
            .AddColumn("vessels", c => c.RightAligned()).AddColumn("aircraft", c => c.RightAligned())
            .AddColumn("versions", c => c.RightAligned());
        foreach (var (snapshot, versions) in rows)
        {
            table.AddRow(
                snapshot.Source,
                snapshot.Id.ToString(CultureInfo.InvariantCulture),
                ImportResultText.Date(snapshot.PublishedAt),
                $"{snapshot.EntityCount:N0}",
                $"{snapshot.Kinds.Persons:N0}",
                $"{snapshot.Kinds.Organizations:N0}",
                $"{snapshot.Kinds.Vessels:N0}",
                $"{snapshot.Kinds.Aircraft:N0}",
                $"{versions}");
        }

        return table;
    }

    private static Table Freshness(IEnumerable<ListFreshness> rows)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("list").AddColumn("last check").AddColumn("result").AddColumn("last download").AddColumn("confirmed")
            .AddColumn("state");
        foreach (var freshness in rows)
        {
            table.AddRow(
                Markup.Escape(freshness.Source),
                When(freshness.LastCheckedAt),
                freshness.LastStatus is { } status ? Result(status) : "",
                When(freshness.LastSuccessAt),
                When(freshness.ConfirmedAt),
                freshness.Stale ? "[bold]STALE[/]" : "current");
        }

        return table;
    }

    private static string Result(UpdateStatus status) => status switch
    {
        UpdateStatus.NotModified => "not modified",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string When(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "never";

    // 2d, 36h, 90m, or a TimeSpan as the service's configuration takes it (1.12:00:00).
    private static TimeSpan Age(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ListScheduleOptions().StaleAfter;
        }

        var value = text.Trim();
        var unit = value[^1] switch
        {
            'd' => TimeSpan.FromDays(1),
            'h' => TimeSpan.FromHours(1),
            'm' => TimeSpan.FromMinutes(1),
            _ => TimeSpan.Zero,
        };
        var age = unit > TimeSpan.Zero && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var count)
            ? count is > 0 and < 100_000 ? unit * count : TimeSpan.Zero
            : TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) ? span : TimeSpan.Zero;
        return age > TimeSpan.Zero
            ? age
            : throw new ArgumentException($"--stale-after '{text}' is not a positive age such as 2d, 36h, 90m or 1.12:00:00");
    }
}
