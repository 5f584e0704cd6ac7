using System.CommandLine;
using System.IO.Compression;
using Snapback.Cli.Hosting;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;

namespace Snapback.Cli.Customers;

/// <summary><c>snapback customers import FILE</c> and <c>snapback customers screen</c>: the portfolio, and alerts on it.</summary>
internal static class CustomersCommand
{
    private static readonly Argument<string> File = new("file") { Description = "Customer file: CSV with a header row, or JSON Lines (.gz allowed)" };
    private static readonly Option<string?> Format = new("--format") { Description = "csv or jsonl (default: from the file name)" };
    private static readonly Option<string?> Id = new("--id") { Description = "Screen only this customer" };
    private static readonly Option<double?> Threshold = new("--threshold") { Description = "Lowest score that raises an alert (default: the matcher's)" };

    public static Command Create()
    {
        var import = new Command("import", "Insert, update or delete customers from a file, in one transaction; bad rows are reported")
        {
            File, Format, CliOptions.Json,
        };
        import.SetAction(ImportAsync);
        var screen = new Command("screen", "Screen customers against the lists in force; hits become alerts") { Id, Threshold, CliOptions.Json };
        screen.SetAction(ScreenAsync);
        return new Command("customers", "The customer portfolio") { import, screen };
    }

    private static async Task<int> ImportAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(File)!;
        var format = PartyFileFormats.Resolve(path, parse.GetValue(Format))
            ?? throw new ArgumentException($"{path}: cannot tell the format from the name; give --format csv or --format jsonl");
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        var result = await new CustomerImporter(store.Cases, TimeProvider.System).ImportAsync(input, format, Path.GetFileName(path), actor, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(result);
        }
        else
        {
            Console.WriteLine(
                $"customers: {result.Inserted} inserted, {result.Updated} updated, {result.Deleted} deleted, {result.Unchanged} unchanged, " +
                $"{result.Rejected} rejected (audit row {result.AuditSeq})");
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"  line {error.Line}{(error.Id is null ? "" : $" ({error.Id})")}: {error.Error}");
            }
        }

        return result.Rejected == 0 ? 0 : 1;
    }

    private static async Task<int> ScreenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var database = parse.GetValue(CliOptions.Database);
        var screening = await CliSession.LoadScreeningAsync(database, null, cancellationToken);
        var store = await CliSession.OpenStoreAsync(database, cancellationToken);
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        var screener = new AlertScreener(store.Cases, screening, TimeProvider.System);
        var result = parse.GetValue(Id) is { } id
            ? await screener.ScreenCustomerAsync(id, actor, parse.GetValue(Threshold), cancellationToken)
            : await screener.ScreenAllAsync(actor, parse.GetValue(Threshold), cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(result);
        }
        else
        {
            Console.WriteLine(
                $"screened {result.Customers} customers: {result.Created.Length} alerts raised, {result.Updated.Length} updated, " +
                $"{result.Unchanged} unchanged, {result.Suppressed} suppressed");
            if (result.Created.Length > 0)
            {
                Console.WriteLine("raised: " + string.Join(' ', result.Created));
            }
        }

        return 0;
    }
}
