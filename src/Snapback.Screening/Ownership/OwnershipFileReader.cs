using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using Snapback.Screening.Batch;

namespace Snapback.Screening.Ownership;

/// <summary>
/// Streams holdings from CSV (header row: <c>owner,owned,share,control,source,as_of</c>, optionally <c>owner_country</c> and
/// <c>owned_country</c>) or JSON Lines (the same names; a party may also be an object <c>{"name":…,"country":…}</c>), row by row.
/// A row that cannot be read becomes a row with an error, and reading goes on.
/// </summary>
public static class OwnershipFileReader
{
    public static IReadOnlyList<string> CsvColumns { get; } = ["owner", "owned", "share", "control", "source", "as_of", "owner_country", "owned_country"];

    public static IAsyncEnumerable<OwnershipRow> ReadAsync(Stream input, PartyFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format == PartyFileFormat.Csv ? ReadCsv(input, cancellationToken) : ReadJsonLines(input, cancellationToken);
    }

    private static async IAsyncEnumerable<OwnershipRow> ReadCsv(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Dictionary<string, int>? columns = null;
        await foreach (var record in PartyCsvReader.ReadAsync(input, PartyFileReader.MaxRowBytes, cancellationToken))
        {
            if (columns is null)
            {
                columns = PartyFileReader.ReadHeader(record.Fields);
                if (record.Error is not null || !columns.ContainsKey("owner") || !columns.ContainsKey("owned") || !columns.ContainsKey("share"))
                {
                    yield return new OwnershipRow(record.Line, null, null, null,
                        "header: " + (record.Error ?? "expected the columns " + string.Join(",", CsvColumns) + " (owner, owned and share required)"));
                    yield break;
                }

                continue;
            }

            string? Cell(string name) =>
                columns.TryGetValue(name, out var i) && i < record.Fields.Length && record.Fields[i].Length > 0 ? record.Fields[i] : null;
            yield return record.Error is not null
                ? new OwnershipRow(record.Line, null, null, null, record.Error)
                : Check(record.Line, Cell("owner"), Cell("owner_country"), Cell("owned"), Cell("owned_country"), Cell("share"), Cell("control"),
                    Cell("source"), Cell("as_of"));
        }
    }

    private static async IAsyncEnumerable<OwnershipRow> ReadJsonLines(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new Utf8LineReader(input, PartyFileReader.MaxRowBytes);
        while (await lines.ReadAsync(cancellationToken))
        {
            if (lines.TooLongBytes > 0)
            {
                yield return new OwnershipRow(lines.LineNumber, null, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"line longer than {PartyFileReader.MaxRowBytes:N0} bytes"));
            }
            else if (!lines.Line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                yield return ParseJsonLine(lines.LineNumber, lines.Line.Span);
            }
        }
    }

    /// <summary>One JSON object: <c>owner</c>, <c>owned</c> (id or name string, or <c>{"name","country"}</c>), <c>share</c>, <c>control</c>, <c>source</c>, <c>as_of</c>.</summary>
    public static OwnershipRow ParseJsonLine(long line, ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            return new OwnershipRow(line, null, null, null, "not valid UTF-8 text");
        }

        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new OwnershipRow(line, null, null, null, "expected a JSON object");
            }

            var (owner, ownerCountry) = Party(root, "owner");
            var (owned, ownedCountry) = Party(root, "owned");
            return Check(line, owner, ownerCountry, owned, ownedCountry, Scalar(root, "share"), Scalar(root, "control"), Scalar(root, "source"),
                Scalar(root, "as_of"));
        }
        catch (JsonException e)
        {
            return new OwnershipRow(line, null, null, null, $"not a valid JSON object: {e.Message}");
        }
    }

    private static (string? Value, string? Country) Party(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return (null, null);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var id = Scalar(value, "id");
            return (id ?? Scalar(value, "name"), id is null ? Scalar(value, "country") : null);
        }

        return (Scalar(root, name), Scalar(root, name + "_country"));
    }

    private static string? Scalar(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };

    private static OwnershipRow Check(long line, string? owner, string? ownerCountry, string? owned, string? ownedCountry, string? share,
        string? control, string? source, string? asOf)
    {
        OwnershipRow Fail(string error) => new(line, null, null, null, error);
        var ownerRef = OwnershipPartyRef.Parse(owner, ownerCountry, out var ownerError);
        if (ownerRef is null)
        {
            return Fail("owner: " + ownerError);
        }

        var ownedRef = OwnershipPartyRef.Parse(owned, ownedCountry, out var ownedError);
        if (ownedRef is null)
        {
            return Fail("owned: " + ownedError);
        }

        if (string.Equals(ownerRef.Id, ownedRef.Id, StringComparison.Ordinal))
        {
            return Fail("owned: the same party as the owner");
        }

        var shareText = share?.Trim().TrimEnd('%').Trim();
        if (string.IsNullOrEmpty(shareText)
            || !decimal.TryParse(shareText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            || percent > 100)
        {
            return Fail($"share: '{share}' is not a percentage from 0 to 100");
        }

        bool? controls = control?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" or "no" or "0" => false,
            "true" or "yes" or "1" => true,
            _ => null,
        };
        if (controls is null)
        {
            return Fail($"control: '{control}' is not true or false");
        }

        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Fail($"as_of: '{asOf}' is not a date YYYY-MM-DD");
            }

            day = parsed;
        }

        var edge = new OwnershipEdge(ownerRef.Id, ownedRef.Id, decimal.Round(percent, 4), controls.Value,
            string.IsNullOrWhiteSpace(source) ? null : source.Trim(), day);
        return new OwnershipRow(line, ownerRef, ownedRef, edge, null);
    }
}
