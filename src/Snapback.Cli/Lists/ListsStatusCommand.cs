using System.CommandLine;
using Snapback.Cli.Hosting;
using Snapback.Screening.Lists;
using Spectre.Console;

namespace Snapback.Cli.Lists;

/// <summary>
/// <c>snapback lists status</c>: per source the latest snapshot, its publication date and counts by kind, and which lists are
/// superseded (no longer screened).
/// </summary>
internal static class ListsStatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show the snapshot in force for each list") { CliOptions.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        await CliSession.EnsureListsAsync(store, cancellationToken);
        var latest = await store.LatestSnapshotsAsync(cancellationToken);
        var rows = new List<(ListSnapshot Snapshot, int Versions)>();
        var superseded = new Dictionary<string, ListSnapshot>(StringComparer.Ordinal);
        foreach (var snapshot in latest)
        {
            rows.Add((snapshot, (await store.ListSnapshotsAsync(snapshot.Source, cancellationToken)).Count));
            if (await store.SupersedingSnapshotAsync(snapshot.Source, null, cancellationToken) is { } successor)
            {
                superseded[snapshot.Source] = successor;
            }
        }

        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(rows.Select(r => new { r.Snapshot, r.Versions, SupersededBy = superseded.GetValueOrDefault(r.Snapshot.Source) }));
            return 0;
        }

        // Source ids, not titles, keep the table within 80 columns when the output is not a terminal.
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("list").AddColumn("snapshot").AddColumn("published").AddColumn("entities", c => c.RightAligned())
            .AddColumn("persons", c => c.RightAligned()).AddColumn("orgs", c => c.RightAligned())
            .AddColumn("vessels", c => c.RightAligned()).AddColumn("aircraft", c => c.RightAligned()).AddColumn("versions", c => c.RightAligned());
        foreach (var (snapshot, versions) in rows)
        {
            table.AddRow(
                snapshot.Source,
                snapshot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ImportResultText.Date(snapshot.PublishedAt),
                $"{snapshot.EntityCount:N0}",
                $"{snapshot.Kinds.Persons:N0}",
                $"{snapshot.Kinds.Organizations:N0}",
                $"{snapshot.Kinds.Vessels:N0}",
                $"{snapshot.Kinds.Aircraft:N0}",
                $"{versions}");
        }

        AnsiConsole.Write(table);
        foreach (var (source, successor) in superseded)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"{source} is superseded by {successor.Source} from {ImportResultText.Date(successor.EffectiveAt)} "
                + $"(snapshot {successor.Id}): screening uses {successor.Source} only"));
        }

        return 0;
    }
}
