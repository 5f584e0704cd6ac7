using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Cases.Customers;

/// <summary>
/// Streams customers from CSV (header row) or JSON Lines, row by row. Columns beyond the screened ones become attributes; an
/// <c>action</c> of <c>delete</c> removes the id. A row that cannot be read, or whose fields would not screen, becomes a row with an
/// error and reading goes on.
/// </summary>
public static class CustomerFileReader
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxIdLength = 200;

    private static readonly HashSet<string> Screened = new(StringComparer.Ordinal) { "id", "name", "kind", "birth_date", "country", "identifiers", "action" };

    public static IAsyncEnumerable<CustomerRow> ReadAsync(Stream input, PartyFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format == PartyFileFormat.Csv ? ReadCsv(input, cancellationToken) : ReadJsonLines(input, cancellationToken);
    }

    private static async IAsyncEnumerable<CustomerRow> ReadCsv(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Dictionary<string, int>? columns = null;
        await foreach (var record in PartyCsvReader.ReadAsync(input, PartyFileReader.MaxRowBytes, cancellationToken))
        {
            if (columns is null)
            {
                columns = PartyFileReader.ReadHeader(record.Fields);
                if (record.Error is not null || !columns.ContainsKey("id"))
                {
                    yield return new CustomerRow(record.Line, null, null, false, "header: " + (record.Error ?? "no 'id' column"));
                    yield break;
                }

                continue;
            }

            string? Cell(string name) =>
                columns.TryGetValue(name, out var i) && i < record.Fields.Length && record.Fields[i].Length > 0 ? record.Fields[i] : null;
            if (record.Error is not null)
            {
                yield return new CustomerRow(record.Line, Cell("id"), null, false, record.Error);
                continue;
            }

            var attributes = columns.Where(c => !Screened.Contains(c.Key) && c.Value < record.Fields.Length && record.Fields[c.Value].Length > 0)
                .ToImmutableSortedDictionary(static c => c.Key, c => record.Fields[c.Value], StringComparer.Ordinal);
            yield return Check(record.Line, Cell("id"), Cell("action"), new PartyRequest(
                Cell("id"), Cell("name"), Cell("kind"), Cell("birth_date"), Cell("country"), PartyFileReader.ParseIdentifiers(Cell("identifiers"))), attributes);
        }
    }

    private static async IAsyncEnumerable<CustomerRow> ReadJsonLines(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new Utf8LineReader(input, PartyFileReader.MaxRowBytes);
        while (await lines.ReadAsync(cancellationToken))
        {
            if (lines.TooLongBytes > 0)
            {
                yield return new CustomerRow(lines.LineNumber, null, null, false,
                    string.Create(CultureInfo.InvariantCulture, $"line longer than {PartyFileReader.MaxRowBytes:N0} bytes"));
            }
            else if (!lines.Line.Span.Trim(" \t"u8).IsEmpty)
            {
                yield return ParseJsonLine(lines.LineNumber, lines.Line.Span);
            }
        }
    }

    /// <summary>One JSON object: <c>id</c>, <c>name</c>, <c>kind</c>, <c>birth_date</c>, <c>country</c>, <c>identifiers</c>, <c>attributes</c>, <c>action</c>.</summary>
    public static CustomerRow ParseJsonLine(long line, ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            return new CustomerRow(line, null, null, false, "not valid UTF-8 text");
        }

        try
        {
            var request = JsonSerializer.Deserialize<PartyRequest>(utf8, BatchJson.Options);
            if (request is null)
            {
                return new CustomerRow(line, null, null, false, "line is null, expected a JSON object");
            }

            var reader = new Utf8JsonReader(utf8);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            var action = root.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            var attributes = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("attributes", out var attrs))
            {
                if (attrs.ValueKind != JsonValueKind.Object)
                {
                    return new CustomerRow(line, request.Id, null, false, "attributes: expected an object of strings");
                }

                attributes = attrs.EnumerateObject().ToImmutableSortedDictionary(
                    static p => p.Name, static p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);
            }

            return Check(line, request.Id, action, request, attributes);
        }
        catch (JsonException e)
        {
            return new CustomerRow(line, null, null, false, $"not a valid JSON customer object: {e.Message}");
        }
    }

    private static CustomerRow Check(long line, string? id, string? action, PartyRequest request, ImmutableSortedDictionary<string, string> attributes)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return new CustomerRow(line, null, null, false, "id: required");
        }

        if (id.Length > MaxIdLength)
        {
            return new CustomerRow(line, null, null, false, $"id: longer than {MaxIdLength} characters");
        }

        switch (action?.Trim().ToLowerInvariant())
        {
            case "delete":
                return new CustomerRow(line, id, null, true, null);
            case null or "" or "upsert":
                break;
            default:
                return new CustomerRow(line, id, null, false, $"action: '{action}' is not upsert or delete");
        }

        if (PartyParser.TryParse(request, out var error) is null)
        {
            return new CustomerRow(line, id, null, false, error);
        }

        var customer = new Customer(id, request.Name!.Trim(), request.Kind, request.BirthDate, request.Country,
            request.Identifiers is { } ids ? [.. ids] : [], attributes);
        return new CustomerRow(line, id, customer, false, null);
    }
}
