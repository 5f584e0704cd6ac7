using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// Streams parties from a customer file, row by row. A row that cannot be read becomes a <see cref="PartyRow"/> with an error,
/// and reading goes on with the next one. Input is UTF-8; no row may be longer than <see cref="MaxRowBytes"/>, so memory stays
/// bounded whatever the input.
/// </summary>
public static class PartyFileReader
{
    /// <summary>The longest row (a JSON line, or a CSV record) read, in bytes: 64 KiB, the size of a single screen's body.</summary>
    public const int MaxRowBytes = 64 * 1024;

    /// <summary>CSV columns understood (header names, case-insensitive); <c>name</c> is required.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } = ["id", "name", "kind", "birth_date", "country", "identifiers"];

    /// <summary>Reads <paramref name="input"/> (UTF-8 bytes, a byte order mark allowed) as CSV with a header row, or JSON Lines.</summary>
    public static IAsyncEnumerable<PartyRow> ReadAsync(Stream input, PartyFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format == PartyFileFormat.Csv ? ReadCsv(input, cancellationToken) : ReadJsonLines(input, cancellationToken);
    }

    private static async IAsyncEnumerable<PartyRow> ReadJsonLines(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new Utf8LineReader(input, MaxRowBytes);
        while (await lines.ReadAsync(cancellationToken))
        {
            if (lines.TooLongBytes > 0)
            {
                yield return new PartyRow(lines.LineNumber, null, string.Create(
                    CultureInfo.InvariantCulture, $"line longer than {MaxRowBytes:N0} bytes ({lines.TooLongBytes:N0}); not screened"));
                continue;
            }

            if (lines.Line.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            yield return ParseJsonLine(lines.LineNumber, lines.Line.Span);
        }
    }

    /// <summary>Parses one UTF-8 JSON object <c>{"id","name","kind"?,"birth_date"?,"country"?,"identifiers"?}</c>.</summary>
    public static PartyRow ParseJsonLine(long line, ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            return new PartyRow(line, null, "not valid UTF-8 text; a JSON line must be UTF-8");
        }

        try
        {
            var request = JsonSerializer.Deserialize<PartyRequest>(utf8, BatchJson.Options);
            return request is null ? new PartyRow(line, null, "line is null, expected a JSON object") : new PartyRow(line, request, null);
        }
        catch (JsonException e)
        {
            return new PartyRow(line, null, $"not a valid JSON party object: {e.Message}");
        }
    }

    private static async IAsyncEnumerable<PartyRow> ReadCsv(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Dictionary<string, int>? columns = null;
        await foreach (var record in PartyCsvReader.ReadAsync(input, MaxRowBytes, cancellationToken))
        {
            if (columns is null)
            {
                if (record.Error is not null)
                {
                    yield return new PartyRow(record.Line, null, "header: " + record.Error, record.NotScreened);
                    yield break;
                }

                columns = ReadHeader(record.Fields);
                if (!columns.ContainsKey("name"))
                {
                    yield return new PartyRow(record.Line, null, "header: no 'name' column (expected " + string.Join(",", CsvColumns) + ")");
                    yield break;
                }

                continue;
            }

            yield return record.Error is null
                ? new PartyRow(record.Line, FromCsv(record.Fields, columns), null)
                : new PartyRow(record.Line, IdOnly(record.Fields, columns), record.Error, record.NotScreened);
        }
    }

    internal static Dictionary<string, int> ReadHeader(string[] header)
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

    // A broken record still names its party when its id came before the break.
    private static PartyRequest? IdOnly(string[] fields, Dictionary<string, int> columns) =>
        columns.TryGetValue("id", out var i) && i < fields.Length && fields[i].Length > 0 ? new PartyRequest(fields[i], null) : null;

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
