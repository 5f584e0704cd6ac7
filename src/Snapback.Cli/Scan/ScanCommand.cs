using System.CommandLine;
using System.Text;
using Snapback.Cli.Hosting;
using Snapback.Screening.Scan;
using Snapback.Screening.Screen;

namespace Snapback.Cli.Scan;

/// <summary>
/// <c>snapback scan [FILE|-]</c>: finds mentions of listed parties in free text (a news article, a payment message). A
/// <c>.jsonl</c> file (or <c>--format jsonl</c>) is a batch: one <c>{"id","text"}</c> per line in, one <c>{"id","mentions"}</c>
/// per line out.
/// </summary>
internal static class ScanCommand
{
    private static readonly Argument<string?> File = new("file")
    {
        Description = "The text file to scan, or - for standard input (the default)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<double?> Threshold = new("--threshold")
    {
        Description = $"Lowest score reported, 0-1 (default {Snapback.Matching.MatchOptions.Default.Threshold:0.00})",
    };

    private static readonly Option<string?> Format = new("--format") { Description = "text (one text, the default) or jsonl (one {\"id\",\"text\"} per line)" };

    public static Command Create()
    {
        var command = new Command("scan", "Find mentions of listed parties in free text: news, payment messages, invoices")
        {
            File, CliOptions.Json, Threshold, Format,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var threshold = parse.GetValue(Threshold);
        if (ScreeningService.ThresholdError(threshold) is not null)
        {
            Console.Error.WriteLine($"snapback scan: --threshold must be a number from 0 to 1, not '{threshold}'");
            return 2;
        }

        var file = parse.GetValue(File) ?? "-";
        var format = parse.GetValue(Format)?.ToLowerInvariant();
        var lines = format switch
        {
            null => file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase),
            "jsonl" => true,
            "text" => false,
            _ => (bool?)null,
        };
        if (lines is null)
        {
            Console.Error.WriteLine($"snapback scan: --format must be text or jsonl, not '{format}'");
            return 2;
        }

        if (file != "-" && !System.IO.File.Exists(file))
        {
            Console.Error.WriteLine($"snapback scan: no such file '{file}'");
            return 2;
        }

        var screening = await CliSession.LoadScreeningAsync(parse.GetValue(CliOptions.Database), null, cancellationToken);
        var scanner = new TextScanner(screening);
        await using var input = file == "-" ? Console.OpenStandardInput() : System.IO.File.OpenRead(file);
        if (lines.Value)
        {
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            var (scanned, failed) = await ScanLines.RunAsync(input, output, scanner, threshold, cancellationToken);
            Console.Error.WriteLine($"scanned {scanned} text(s), {failed} failed");
            return failed == 0 ? 0 : 1;
        }

        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await ReadBoundedAsync(reader, cancellationToken);
        var result = scanner.Scan(new ScanRequest(file == "-" ? null : Path.GetFileName(file), text), threshold);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(result);
        }
        else
        {
            ScanResultView.Write(result, screening.Current!);
        }

        return result.Error is null ? 0 : 2;
    }

    /// <summary>Reads the whole text, or one character past the limit so that the scanner refuses it with a clear error.</summary>
    private static async Task<string> ReadBoundedAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[TextScanner.MaxTextLength + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return new string(buffer, 0, read);
    }
}
