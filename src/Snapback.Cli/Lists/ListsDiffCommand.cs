using System.CommandLine;
using Snapback.Cli.Hosting;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Spectre.Console;

namespace Snapback.Cli.Lists;

/// <summary><c>snapback lists diff SOURCE [--from ID|DATE] [--to ID|DATE]</c>: what was added, removed and changed, field by field.</summary>
internal static class ListsDiffCommand
{
    private static readonly Argument<string> Source = new("source") { Description = "One of: " + string.Join(", ", ListSources.All) };
    private static readonly Option<string?> From = new("--from") { Description = "Snapshot id or date (default: the one before --to)" };
    private static readonly Option<string?> To = new("--to") { Description = "Snapshot id or date (default: the latest)" };
    private static readonly Option<int> Limit = new("--limit") { Description = "Entities listed per section in the table (default 50)", DefaultValueFactory = _ => 50 };

    public static Command Create()
    {
        var command = new Command("diff", "Compare two snapshots of one list") { Source, From, To, Limit, CliOptions.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var source = parse.GetValue(Source)!;
        if (!ListSources.All.Contains(source))
        {
            Console.Error.WriteLine($"snapback lists diff: unknown list '{source}'; one of {string.Join(", ", ListSources.All)}");
            return 2;
        }

        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var timeline = await SnapshotTimeline.LoadAsync(store, source, cancellationToken);
        var to = SnapshotPicker.Pick(timeline, parse.GetValue(To)) ?? timeline.Latest;
        var from = SnapshotPicker.Pick(timeline, parse.GetValue(From)) ?? (to is null ? null : timeline.Before(to));
        if (from is null || to is null)
        {
            var replaced = ListSources.Supersedes(source) is { } old ? $", or one and a {old} snapshot before it" : "";
            Console.Error.WriteLine($"snapback lists diff: {source} needs two snapshots to compare{replaced} ({timeline.Own.Count} stored)");
            return 2;
        }

        var diff = await new ListDiffer(store).DiffAsync(from.Id, to.Id, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(diff);
            return 0;
        }

        Write(diff, parse.GetValue(Limit));
        return 0;
    }

    private static void Write(SnapshotDiff diff, int limit)
    {
        var compared = diff.From.Source == diff.To.Source
            ? $"{ListSources.Title(diff.From.Source)}: snapshot {diff.From.Id} ({ImportResultText.Date(diff.From.PublishedAt)}) -> "
                + $"{diff.To.Id} ({ImportResultText.Date(diff.To.PublishedAt)})"
            : $"{diff.From.Source} {ImportResultText.Date(diff.From.EffectiveAt)} (snapshot {diff.From.Id}) -> "
                + $"{diff.To.Source} {ImportResultText.Date(diff.To.EffectiveAt)} (snapshot {diff.To.Id}), matched by {diff.MatchedBy}";
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{compared}: +{diff.Added.Length} added, -{diff.Removed.Length} removed, ~{diff.Changed.Length} changed, {diff.Unchanged} unchanged"));
        Section("added", diff.Added, limit);
        Section("removed", diff.Removed, limit);
        if (diff.Changed.Length > 0)
        {
            AnsiConsole.MarkupLine("[bold]changed[/]");
            foreach (var change in diff.Changed.Take(limit))
            {
                AnsiConsole.MarkupLine(Markup.Escape($"  {change.EntityId}  {change.PrimaryName}"));
                foreach (var field in change.Fields)
                {
                    var text = field.Added.IsDefaultOrEmpty && field.Removed.IsDefaultOrEmpty
                        ? $"{field.Before} -> {field.After}"
                        : string.Join("; ", field.Added.Select(a => "+ " + a).Concat(field.Removed.Select(r => "- " + r)));
                    AnsiConsole.MarkupLine(Markup.Escape($"      {field.Field}: {text}"));
                }
            }
        }
    }

    private static void Section(string title, IReadOnlyCollection<string> ids, int limit)
    {
        if (ids.Count == 0)
        {
            return;
        }

        AnsiConsole.MarkupLine($"[bold]{title}[/]");
        foreach (var id in ids.Take(limit))
        {
            AnsiConsole.MarkupLine(Markup.Escape("  " + id));
        }

        if (ids.Count > limit)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"  … and {ids.Count - limit} more (--limit, or --json for all)"));
        }
    }
}
