using System.Runtime.CompilerServices;
using System.Text.Json;
using Snapback.Lists.Formats;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// Streams parties from a customer file, row by row. A row that cannot be read becomes a <see cref="PartyRow"/> with an error,
/// and reading goes on.
/// </summary>
public static class PartyFileReader
{
    /// <summary>CSV columns understood (header names, case-insensitive); <c>name</c> is required.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } = ["id", "name", "kind", "birth_date", "country", "identifiers"];

    public static IAsyncEnumerable<PartyRow> ReadAsync(TextReader reader, PartyFileFormat format, string fileName, CancellationToken cancellationToken) =>
        format == PartyFileFormat.Csv ? ReadCsv(reader, fileName, cancellationToken) : ReadJsonLines(reader, cancellationToken);

    private static async IAsyncEnumerable<PartyRow> ReadJsonLines(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ParseJsonLine(line, text);
        }
    }

    /// <summary>Parses one JSON object <c>{"id","name","kind"?,"birth_date"?,"country"?,"identifiers"?}</c>.</summary>
    public static PartyRow ParseJsonLine(long line, string text)
    {
        try
        {
            var request = JsonSerializer.Deserialize<PartyRequest>(text, BatchJson.Options);
            return request is null ? new PartyRow(line, null, "line is null, expected a JSON object") : new PartyRow(line, request, null);
        }
        catch (JsonException e)
        {
            return new PartyRow(line, null, $"not a valid JSON party object: {e.Message}");
        }
    }

    private static async IAsyncEnumerable<PartyRow> ReadCsv(TextReader reader, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        Dictionary<string, int>? columns = null;
        long record = 0;
        using var rows = CsvReader.ReadRows(reader, fileName).GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string[] row;
            string? broken = null;
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }

                row = rows.Current;
            }
            catch (ListFormatException e)
            {
                broken = e.Problem;
                row = [];
            }

            if (broken is not null)
            {
                // A broken quote swallows the rest of the file: report it once and stop; the rows before it stand.
                yield return new PartyRow(record + 1, null, broken);
                yield break;
            }

            if (columns is null)
            {
                columns = ReadHeader(row);
                if (!columns.ContainsKey("name"))
                {
                    yield return new PartyRow(1, null, "header: no 'name' column (expected " + string.Join(",", CsvColumns) + ")");
                    yield break;
                }

                continue;
            }

            record++;
            if (row.Length == 1 && string.IsNullOrWhiteSpace(row[0]))
            {
                continue;
            }

            yield return new PartyRow(record, FromCsv(row, columns), null);
        }
    }

    private static Dictionary<string, int> ReadHeader(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF').Replace(' ', '_').ToLowerInvariant() switch
            {
                "dob" or "birthdate" or "date_of_birth" => "birth_date",
                "type" or "entity_type" => "kind",
                var other => other,
            };
            columns.TryAdd(name, i);
        }

        return columns;
    }

    private static PartyRequest FromCsv(string[] row, Dictionary<string, int> columns)
    {
        string? Cell(string name) => columns.TryGetValue(name, out var i) && i < row.Length && row[i].Length > 0 ? row[i] : null;
        return new PartyRequest(Cell("id"), Cell("name"), Cell("kind"), Cell("birth_date"), Cell("country"), ParseIdentifiers(Cell("identifiers")));
    }

    /// <summary><c>passport:A123;imo:9187629</c> or bare values separated by <c>;</c>.</summary>
    public static IReadOnlyList<PartyIdentifier>? ParseIdentifiers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var list = new List<PartyIdentifier>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            list.Add(colon > 0 ? new PartyIdentifier(part[..colon].Trim(), part[(colon + 1)..].Trim()) : new PartyIdentifier(null, part));
        }

        return list;
    }
}
