using System.Globalization;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// CSV results: one row per hit, and one row with empty hit columns for a party with no hit or an error, so every input appears,
/// in input order.
/// </summary>
public sealed class CsvResultWriter : IPartyResultWriter
{
    private readonly TextWriter writer;

    public CsvResultWriter(TextWriter writer)
    {
        this.writer = writer;
        writer.WriteLine("id,entity_id,score,name,kind,lists,programs,explanation,error");
    }

    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        if (result.Hits.Count == 0)
        {
            await WriteRowAsync([result.Id, null, null, null, null, null, null, null, result.Error], cancellationToken);
            return;
        }

        foreach (var hit in result.Hits)
        {
            await WriteRowAsync(
                [
                    result.Id, hit.EntityId, hit.Score.ToString("0.000", CultureInfo.InvariantCulture), hit.Name, hit.Kind,
                    string.Join("; ", hit.Lists), string.Join("; ", hit.Programs), hit.Explanation.Summary, null,
                ],
                cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await writer.FlushAsync();

    private Task WriteRowAsync(string?[] cells, CancellationToken cancellationToken) =>
        writer.WriteLineAsync(string.Join(',', cells.Select(Quote)).AsMemory(), cancellationToken);

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
