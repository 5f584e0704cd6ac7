using System.CommandLine;
using System.IO.Compression;
using Snapback.Cli.Hosting;
using Snapback.Screening.Batch;
using Snapback.Screening.Ownership;

namespace Snapback.Cli.Ownership;

/// <summary><c>snapback ownership import FILE</c>, <c>check ID</c> and <c>screen</c>: holdings, blocking by ownership, and its alerts.</summary>
internal static class OwnershipCommand
{
    private static readonly Argument<string> File = new("file")
    {
        Description = "Holdings: CSV with a header row (owner,owned,share,control,source,as_of) or JSON Lines (.gz allowed)",
    };

    private static readonly Argument<string> Id = new("id")
    {
        Description = "A listed entity id (ofac:…, un:…), customer:ID, or a party's name as the ownership file gave it",
    };

    private static readonly Option<string?> Customer = new("--customer") { Description = "Screen only this customer" };
    private static readonly Option<string?> Format = new("--format") { Description = "csv or jsonl (default: from the file name)" };
    private static readonly Option<string> Regime = new("--regime") { Description = "ofac (50% or more), eu (50% or more, or control) or uk (more than 50%, or control)", DefaultValueFactory = static _ => "ofac" };

    public static Command Create()
    {
        var import = new Command("import", "Import holdings in one transaction; parties given by name are screened and linked; bad rows are reported")
        {
            File, Format, CliOptions.Json,
        };
        import.SetAction(ImportAsync);
        var check = new Command("check", "Whether a party is blocked, listed or by ownership, with the aggregate share and the paths") { Id, Regime, CliOptions.Json };
        check.SetAction(CheckAsync);
        var screen = new Command("screen", "Raise an ownership alert on every customer (or --customer ID) blocked by ownership")
        {
            Customer, Regime, CliOptions.Json,
        };
        screen.SetAction(ScreenAsync);
        return new Command("ownership", "Ownership and the 50% rule") { import, check, screen };
    }

    private static async Task<int> ImportAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(File)!;
        var format = PartyFileFormats.Resolve(path, parse.GetValue(Format))
            ?? throw new ArgumentException($"{path}: cannot tell the format from the name; give --format csv or --format jsonl");
        var database = parse.GetValue(CliOptions.Database);
        var screening = await CliSession.LoadScreeningAsync(database, null, cancellationToken);
        var store = await CliSession.OpenStoreAsync(database, cancellationToken);
        await using var owned = store as IAsyncDisposable;
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        var result = await new OwnershipImporter(store.Ownership, screening, TimeProvider.System)
            .ImportAsync(input, format, Path.GetFileName(path), actor, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(result);
        }
        else
        {
            Console.WriteLine(
                $"holdings: {result.Inserted} inserted, {result.Updated} updated, {result.Unchanged} unchanged, {result.Rejected} rejected " +
                $"(import {result.ImportId}, audit row {result.AuditSeq})");
            foreach (var party in result.Parties)
            {
                Console.WriteLine(party.Hit is { } hit
                    ? $"  {party.Id} ~ {hit.EntityId} {hit.Name} (name match, score {hit.Score:0.000}: check it)"
                    : $"  {party.Id}: no listing matches the name");
            }

            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"  line {error.Line}: {error.Error}");
            }
        }

        return result.Rejected == 0 ? 0 : 1;
    }

    private static async Task<int> ScreenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var regime = RegimeOf(parse);
        var database = parse.GetValue(CliOptions.Database);
        var screening = await CliSession.LoadScreeningAsync(database, null, cancellationToken);
        var store = await CliSession.OpenStoreAsync(database, cancellationToken);
        await using var owned = store as IAsyncDisposable;
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        var alerts = new OwnershipAlerts(store.Cases, new OwnershipService(store.Ownership, screening), TimeProvider.System, regime);
        var result = parse.GetValue(Customer) is { } id
            ? await alerts.ScreenCustomerAsync(id, actor, cancellationToken)
            : await alerts.ScreenAllAsync(actor, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(result);
        }
        else
        {
            Console.WriteLine($"ownership ({regime.Name}): {result.Created.Length} alerts raised, {result.Updated.Length} updated, " +
                $"{result.Unchanged} unchanged, {result.Suppressed} suppressed");
            if (result.Created.Length > 0)
            {
                Console.WriteLine("raised: " + string.Join(' ', result.Created));
            }
        }

        return 0;
    }

    private static OwnershipRegime RegimeOf(ParseResult parse) =>
        OwnershipRegime.Find(parse.GetValue(Regime)) ?? throw new ArgumentException($"--regime: '{parse.GetValue(Regime)}' is not ofac, eu or uk");

    private static async Task<int> CheckAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var regime = RegimeOf(parse);
        var database = parse.GetValue(CliOptions.Database);
        var screening = await CliSession.LoadScreeningAsync(database, null, cancellationToken);
        var store = await CliSession.OpenStoreAsync(database, cancellationToken);
        await using var owned = store as IAsyncDisposable;
        var service = new OwnershipService(store.Ownership, screening);
        var view = await service.LoadAsync(cancellationToken);
        var party = OwnershipPartyRef.Parse(parse.GetValue(Id), null, out var error) ?? throw new ArgumentException("id: " + error);
        var report = view.Compute(regime).Report(party.Id);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(report);
        }
        else
        {
            OwnershipReportView.Write(report, regime, view);
        }

        return report.Blocked ? 1 : 0;
    }
}
