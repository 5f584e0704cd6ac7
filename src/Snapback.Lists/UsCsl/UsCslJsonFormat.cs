using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.UsCsl;

/// <summary>
/// The CSL as JSON (<c>consolidated.json</c>, and the search API's answer): <c>{"results": [ … ], "sources_used": [ … ]}</c> or a
/// bare array of records with the CSV's field names (<c>id</c> for <c>_id</c>); addresses as objects (<c>address</c>, <c>city</c>,
/// <c>state</c>, <c>postal_code</c>, <c>country</c>), ids as objects (<c>type</c>, <c>number</c>, <c>country</c>), lists as arrays.
/// The publication date is the latest <c>source_last_updated</c> in <c>sources_used</c>, where the file has it.
/// </summary>
public sealed class UsCslJsonFormat : IListFormat
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public string Name => "us-csl-json";

    public bool CanRead(string path)
    {
        var head = CslText.Head(path, 1 << 16)?.TrimStart();
        return head is not null
            && (head.StartsWith('{') || head.StartsWith('['))
            && head.Contains("\"source\"", StringComparison.Ordinal)
            && (head.Contains("\"alt_names\"", StringComparison.Ordinal) || head.Contains("\"source_list_url\"", StringComparison.Ordinal));
    }

    public ParsedList Parse(string path)
    {
        HtmlPage.Reject(path, "a Consolidated Screening List JSON file");
        JsonDocument document;
        try
        {
            using var stream = ListFile.OpenRead(path);
            document = JsonDocument.Parse(stream, Options);
        }
        catch (JsonException e)
        {
            throw new ListFormatException(path, $"not well-formed JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(path, "cannot be decompressed: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            var results = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("results", out var r) && r.ValueKind == JsonValueKind.Array => r,
                _ => throw new ListFormatException(path, "expected a JSON object with a 'results' array, or an array of records"),
            };
            var warnings = new List<string>();
            return CslPublication.Collect(path, Name, Published(root, warnings), Records(results, path), warnings);
        }
    }

    private static IEnumerable<CslRecord> Records(JsonElement results, string path)
    {
        var row = 0;
        foreach (var item in results.EnumerateArray())
        {
            row++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ListFormatException(path, $"record {row}: a {item.ValueKind}, expected an object");
            }

            var r = new Fields(item, row, path);
            yield return new CslRecord(
                row,
                r.Text("id") ?? r.Text("_id"),
                r.Text("source") ?? "",
                r.Text("entity_number"),
                r.Text("type"),
                r.Text("name"),
                r.Text("title"),
                r.Texts("programs"),
                r.Texts("alt_names"),
                [.. r.Objects("addresses").Select(a => a.Address())],
                [.. r.Objects("ids").Select(i => i.Identifier()).Where(static i => i.Value.Length > 0)],
                r.Texts("citizenships"),
                r.Texts("dates_of_birth"),
                r.Texts("nationalities"),
                r.Texts("places_of_birth"),
                CslRecord.FieldNames.Select(f => (f, r.Text(f))).Where(static p => p.Item2 is not null)
                    .ToDictionary(static p => p.f, static p => p.Item2!, StringComparer.Ordinal));
        }
    }

    private static DateTimeOffset? Published(JsonElement root, List<string> warnings)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("sources_used", out var used) || used.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        DateTimeOffset? latest = null;
        foreach (var source in used.EnumerateArray())
        {
            if (source.ValueKind == JsonValueKind.Object
                && source.TryGetProperty("source_last_updated", out var updated)
                && updated.ValueKind == JsonValueKind.String)
            {
                if (DateTimeOffset.TryParse(updated.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    latest = latest is { } l && l > at ? l : at;
                }
                else
                {
                    warnings.Add($"sources_used: source_last_updated '{updated.GetString()}' not understood");
                }
            }
        }

        return latest;
    }

    /// <summary>One JSON object's fields, read leniently where the CSL is loose (a text where a list is expected) and strictly otherwise.</summary>
    private readonly struct Fields(JsonElement item, int row, string path)
    {
        public string? Text(string name) =>
            !item.TryGetProperty(name, out var value) ? null
            : value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!.Trim() is { Length: > 0 } text ? text : null,
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new ListFormatException(path, $"record {row}: '{name}' is a {value.ValueKind}, expected text"),
            };

        /// <summary>An array of texts; a single text is split on ';' as in the CSV.</summary>
        public ImmutableArray<string> Texts(string name)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            {
                return Text(name) is { } single ? [.. single.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];
            }

            var texts = ImmutableArray.CreateBuilder<string>();
            foreach (var element in value.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    throw new ListFormatException(path, $"record {row}: '{name}' holds a {element.ValueKind}, expected texts");
                }

                if (element.GetString()!.Trim() is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
            }

            return texts.ToImmutable();
        }

        public IEnumerable<Fields> Objects(string name)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                yield break;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw new ListFormatException(path, $"record {row}: '{name}' is a {value.ValueKind}, expected an array");
            }

            foreach (var element in value.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw new ListFormatException(path, $"record {row}: '{name}' holds a {element.ValueKind}, expected objects");
                }

                yield return new Fields(element, row, path);
            }
        }

        public Address Address()
        {
            var country = Text("country");
            return new Address(Text("address"), TextParts.Join(", ", Text("city"), Text("state"), Text("postal_code")), country, null);
        }

        public Identifier Identifier() => CslIdentifiers.Of(Text("type"), Text("number") ?? "", Text("country"));
    }
}
