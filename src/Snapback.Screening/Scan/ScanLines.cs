using System.Text.Json;
using Snapback.Screening.Batch;

namespace Snapback.Screening.Scan;

/// <summary>
/// Scans JSON Lines, streaming: each input line <c>{"id","text"}</c> gives one output line <c>{"id","mentions":[…]}</c>, in
/// input order. A line that is not such an object gives a line with an <c>error</c> naming the line; the others go on.
/// </summary>
public static class ScanLines
{
    /// <summary>The longest input line kept, in bytes (a text at <see cref="TextScanner.MaxTextLength"/> plus its JSON).</summary>
    public const int MaxLineBytes = 4 * TextScanner.MaxTextLength;

    /// <summary>Scans every line of <paramref name="input"/> into <paramref name="output"/>; returns how many lines were scanned and how many failed.</summary>
    public static async Task<(long Scanned, long Failed)> RunAsync(
        Stream input, TextWriter output, TextScanner scanner, double? threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scanner);
        using var reader = new Utf8LineReader(input, MaxLineBytes);
        long scanned = 0, failed = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            ScanResult result;
            if (reader.TooLongBytes > 0)
            {
                result = ScanResult.Failed(null, $"line {reader.LineNumber}: longer than {MaxLineBytes} bytes");
            }
            else
            {
                var line = reader.Line.Span.Trim(" \t"u8);
                if (line.IsEmpty)
                {
                    continue;
                }

                var (request, error) = Parse(line, reader.LineNumber);
                result = request is null ? ScanResult.Failed(null, error!) : scanner.Scan(request, threshold);
            }

            scanned++;
            failed += result.Error is null ? 0 : 1;
            await output.WriteLineAsync(JsonSerializer.Serialize(result, BatchJson.Options).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return (scanned, failed);
    }

    private static (ScanRequest? Request, string? Error) Parse(ReadOnlySpan<byte> line, long number)
    {
        try
        {
            return JsonSerializer.Deserialize<ScanRequest>(line, BatchJson.Options) is { } request
                ? (request, null)
                : (null, $"line {number}: not a JSON object {{\"id\",\"text\"}}");
        }
        catch (JsonException error)
        {
            return (null, $"line {number}: not a JSON object {{\"id\",\"text\"}} ({error.Message})");
        }
    }
}
