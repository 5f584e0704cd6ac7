using System.Globalization;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// CSV results: one row per hit, and one row with empty hit columns for a party with no hit or an error, so every input appears,
/// in input order. Each row names what it was computed against (list snapshots, threshold, matcher). Cells are written so a spreadsheet shows them as text and never runs them as formulas (see <see cref="Cell"/>).
/// </summary>
public sealed class CsvResultWriter : IPartyResultWriter
{
    private readonly TextWriter writer;

    public CsvResultWriter(TextWriter writer)
    {
        this.writer = writer;
        writer.WriteLine("id,entity_id,score,name,kind,lists,programs,explanation,error,screened_against,threshold,matcher");
    }

    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        if (result.Hits.Count == 0)
        {
            await WriteRowAsync([result.Id, null, null, null, null, null, null, null, result.Error, .. Basis(result)], cancellationToken);
            return;
        }

        foreach (var hit in result.Hits)
        {
            await WriteRowAsync(
                [
                    result.Id, hit.EntityId, hit.Score.ToString("0.0000", CultureInfo.InvariantCulture), hit.Name, hit.Kind,
                    string.Join("; ", hit.Lists), string.Join("; ", hit.Programs), hit.Explanation.Summary, null, .. Basis(result),
                ],
                cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await writer.FlushAsync();

    private static string?[] Basis(PartyResult result) => result.Basis is { } basis
        ? [basis.ListsText, basis.Threshold.ToString("0.00", CultureInfo.InvariantCulture), basis.Matcher]
        : [null, null, null];

    private Task WriteRowAsync(string?[] cells, CancellationToken cancellationToken) =>
        writer.WriteLineAsync(string.Join(',', cells.Select(Cell)).AsMemory(), cancellationToken);

    /// <summary>
    /// One CSV cell. A cell a spreadsheet would read as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return; OWASP's CSV injection guidance) gets a leading single quote and is quoted, so the caller's ids and the listed
    /// names come back as text. Cells holding a comma, a quote or a line break are quoted with inner quotes doubled (RFC 4180).
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var formula = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (!formula && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + (formula ? "'" : string.Empty) + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
