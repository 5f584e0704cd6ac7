using System.CommandLine;
using Snapback.Cli.Hosting;
using Snapback.Lists;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Spectre.Console;

namespace Snapback.Cli.Lists;

/// <summary><c>snapback lists show ENTITY-ID [--as-of DATE]</c>: the entity as it stood, field by field, and its history.</summary>
internal static class ListsShowCommand
{
    private static readonly Argument<string> EntityId = new("entity-id") { Description = "ofac:…, un:…, eu:…, uk:…" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "Show the entity as listed on this date (YYYY-MM-DD)" };

    public static Command Create()
    {
        var command = new Command("show", "Show a listed entity and its history") { EntityId, AsOf, CliOptions.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        await CliSession.EnsureListsAsync(store, cancellationToken);
        var id = parse.GetValue(EntityId)!;
        var asOf = CliDates.ParseAsOf(parse.GetValue(AsOf));
        var record = await new EntityLookup(store).FindAsync(id, asOf, cancellationToken);
        if (record is null)
        {
            Console.Error.WriteLine($"snapback lists show: {id} is on no stored list");
            return 1;
        }

        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(record);
            return 0;
        }

        var successor = record.InForce ? null : await store.SupersedingSnapshotAsync(record.Entity.Source, asOf, cancellationToken);
        Write(record, successor);
        return 0;
    }

    private static void Write(EntityRecord record, ListSnapshot? successor)
    {
        var e = record.Entity;
        var status = record.InForce ? "listed"
            : successor is not null
                ? $"NOT in force: the list is superseded by {successor.Source} from {ImportResultText.Date(successor.EffectiveAt)}; last listed version shown"
                : "NOT listed on that date; last listed version shown";
        AnsiConsole.MarkupLine(Markup.Escape($"{e.Id}  {e.PrimaryName}  ({e.Kind}, {ListSources.Title(e.Source)}; {status})"));
        AnsiConsole.MarkupLine(Markup.Escape($"snapshot {record.Snapshot.Id}, published {ImportResultText.Date(record.Snapshot.PublishedAt)}"));
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, IEnumerable<string> values)
        {
            var text = string.Join("\n", values);
            if (text.Length > 0)
            {
                grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(text));
            }
        }

        Row("names", e.Names.Select(n => $"{n.Full}  [{n.Type}{(n.Language is null ? string.Empty : ", " + n.Language)}]"));
        Row("birth dates", e.BirthDates.Select(b => b.ToString()));
        Row("places of birth", e.PlacesOfBirth);
        Row("nationalities", e.Nationalities);
        Row("citizenships", e.Citizenships);
        Row("identifiers", e.Identifiers.Select(Describe));
        Row("addresses", e.Addresses.Select(a => string.Join(", ", new[] { a.Street, a.City, a.Country }.Where(p => !string.IsNullOrWhiteSpace(p)))));
        Row("programmes", e.Programs);
        Row("listed on", e.ListedOn is { } d ? [d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)] : []);
        Row("linked to", e.LinkedTo);
        Row("gender", e.Gender is null ? [] : [e.Gender]);
        Row("title", e.Title is null ? [] : [e.Title]);
        Row("vessel", e.Vessel is { } v ? [$"flag {v.Flag}, type {v.VesselType}, tonnage {v.Tonnage}, GRT {v.GrossRegisteredTonnage}, owner {v.Owner}"] : []);
        Row("remarks", e.Remarks is null ? [] : [e.Remarks]);
        AnsiConsole.Write(grid);

        AnsiConsole.MarkupLine("[bold]history[/]");
        foreach (var version in record.History)
        {
            var span = version.First.Id == version.Last.Id
                ? $"snapshot {version.First.Id} ({ImportResultText.Date(version.First.PublishedAt)})"
                : $"snapshots {version.First.Id}–{version.Last.Id} ({ImportResultText.Date(version.First.PublishedAt)} to {ImportResultText.Date(version.Last.PublishedAt)})";
            var what = version.Relisted ? "re-listed" : version.Changes.IsDefaultOrEmpty ? "listed" : "changed: " + string.Join(", ", version.Changes.Select(c => c.Field));
            AnsiConsole.MarkupLine(Markup.Escape($"  {span}: {what}"));
        }
    }

    private static string Describe(Identifier identifier) =>
        $"{identifier.Label ?? identifier.Type.ToString()} {identifier.Value}{(identifier.Country is null ? string.Empty : $" ({identifier.Country})")}";
}
