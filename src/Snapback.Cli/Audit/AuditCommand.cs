using System.CommandLine;
using System.Text;
using Snapback.Cli.Hosting;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Cli.Audit;

/// <summary><c>snapback audit verify</c> and <c>snapback audit export</c>.</summary>
internal static class AuditCommand
{
    private static readonly Option<string?> From = new("--from") { Description = "First day (YYYY-MM-DD, UTC), included" };
    private static readonly Option<string?> To = new("--to") { Description = "Last day (YYYY-MM-DD, UTC), included" };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "File to write (.csv or .jsonl); default standard output as JSON Lines" };

    public static Command Create()
    {
        var verify = new Command("verify", "Recompute the audit chain from the first row; name the first row edited, removed, inserted or moved");
        verify.SetAction(VerifyAsync);
        var export = new Command("export", "Write the audit rows of a period as CSV or JSON Lines") { From, To, Output };
        export.SetAction(ExportAsync);
        return new Command("audit", "The tamper-evident audit trail") { verify, export };
    }

    private static async Task<int> VerifyAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var result = await new AuditVerifier(store.Cases).VerifyAsync(cancellationToken);
        if (result.Valid)
        {
            Console.WriteLine($"audit: {result.Rows} rows, the chain holds");
            return 0;
        }

        Console.WriteLine($"audit: BROKEN at row {result.FirstBadSeq}: {result.Problem}");
        return 1;
    }

    private static async Task<int> ExportAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var from = Day(parse.GetValue(From), "--from");
        var to = Day(parse.GetValue(To), "--to")?.AddDays(1);
        var path = parse.GetValue(Output);
        var csv = path is not null && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var exporter = new AuditExporter(store.Cases);
        if (path is null)
        {
            await exporter.ExportAsync(from, to, csv: false, Console.Out, cancellationToken);
            return 0;
        }

        // Written beside the target and moved into place, so a failed export never leaves half a file under the final name.
        var partial = path + ".partial";
        long rows;
        await using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false)))
        {
            rows = await exporter.ExportAsync(from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue, csv, writer, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
        Console.Error.WriteLine($"audit: {rows} rows written to {path}");
        return 0;
    }

    private static DateTimeOffset? Day(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : throw new ArgumentException($"{option}: '{text}' is not a date (YYYY-MM-DD)");
}
