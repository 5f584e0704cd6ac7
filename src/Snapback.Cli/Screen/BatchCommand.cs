using System.Text;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;
using Spectre.Console;

namespace Snapback.Cli.Screen;

/// <summary>
/// Screens a whole file, streaming, on all cores. Results go to a temporary file renamed into place at the end, so a crash never
/// leaves a half-written result file behind. Exit code 0: every row screened; 1: some rows failed (their lines say why).
/// </summary>
internal static class BatchCommand
{
    public static async Task<int> RunAsync(
        ScreeningService screening, string input, string? output, string? format, double? threshold, CancellationToken cancellationToken)
    {
        var inputFormat = PartyFileFormats.Resolve(input, format);
        if (inputFormat is null)
        {
            Console.Error.WriteLine($"snapback screen: cannot tell the format of '{input}'; use --format csv or --format jsonl");
            return 2;
        }

        var outputFormat = output is null or "-" ? inputFormat.Value : PartyFileFormats.Resolve(output, null) ?? inputFormat.Value;
        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"snapback screen: no such file '{input}'");
            return 2;
        }

        await using var inputStream = Snapback.Lists.Formats.ListFile.OpenRead(input);
        var rows = PartyFileReader.ReadAsync(inputStream, inputFormat.Value, cancellationToken);

        var toStdout = output is null or "-";
        var target = toStdout ? null : Path.GetFullPath(output!);
        var temporary = target is null ? null : target + ".partial";
        BatchSummary summary;
        await using (var writerStream = temporary is null ? Console.OpenStandardOutput() : File.Create(temporary))
        {
            await using var text = outputFormat == PartyFileFormat.Csv ? new StreamWriter(writerStream, new UTF8Encoding(false), 1 << 16) : null;
            await using var writer = text is not null ? (IPartyResultWriter)new CsvResultWriter(text) : new JsonLinesResultWriter(writerStream);
            var batch = new BatchScreener(screening);
            var interactive = !toStdout && AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
            if (interactive)
            {
                var length = Math.Max(1, new FileInfo(input).Length);
                summary = await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask($"Screening {Path.GetFileName(input)}", maxValue: 100);
                        var progress = new Progress<BatchProgress>(_ => task.Value = 100.0 * ReadPosition(inputStream) / length);
                        var result = await batch.RunAsync(rows, writer, threshold, progress, cancellationToken);
                        task.Value = 100;
                        return result;
                    });
            }
            else
            {
                summary = await batch.RunAsync(rows, writer, threshold, null, cancellationToken);
            }
        }

        if (temporary is not null)
        {
            File.Move(temporary, target!, overwrite: true);
        }

        Console.Error.WriteLine(summary.Describe() + (target is null ? string.Empty : $" -> {target}"));
        return summary.Failed == 0 ? 0 : 1;
    }

    private static long ReadPosition(Stream stream) => stream switch
    {
        FileStream file => file.Position,
        System.IO.Compression.GZipStream { BaseStream: FileStream file } => file.Position,
        _ => 0,
    };
}
