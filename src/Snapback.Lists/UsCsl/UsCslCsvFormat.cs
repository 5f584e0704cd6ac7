using System.Collections.Immutable;
using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.UsCsl;

/// <summary>
/// The CSL as CSV (<c>consolidated.csv</c>): a header (<c>_id,source,entity_number,type,programs,name,…,alt_names,…,ids</c>) and one
/// row per listing, multi-valued fields separated by <c>;</c>. Columns are read by name. An address is one text whose last part
/// is the country code; an id is "country, number, type", the country left out where there is none.
/// </summary>
public sealed class UsCslCsvFormat : IListFormat
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] Required = ["source", "name"];

    public string Name => "us-csl-csv";

    public bool CanRead(string path)
    {
        var header = CslText.FirstLine(path)?.Split(',').Select(static c => c.Trim().Trim('"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return header is not null && header.Contains("_id") && header.Contains("source") && header.Contains("alt_names");
    }

    public ParsedList Parse(string path)
    {
        HtmlPage.Reject(path, "a Consolidated Screening List CSV file");
        try
        {
            using var text = new StreamReader(ListFile.OpenRead(path), StrictUtf8, detectEncodingFromByteOrderMarks: false);
            using var rows = CsvReader.ReadRows(text, path).GetEnumerator();
            if (!rows.MoveNext())
            {
                throw new ListFormatException(path, "empty file, no header row");
            }

            var header = new CsvColumns([.. rows.Current.Select(static c => c.TrimStart('\uFEFF'))]);
            foreach (var column in Required)
            {
                if (!header.Has(column))
                {
                    throw new ListFormatException(path, $"header has no '{column}' column");
                }
            }

            if (!header.Has("_id") && !header.Has("entity_number"))
            {
                throw new ListFormatException(path, "header has neither an '_id' nor an 'entity_number' column");
            }

            var warnings = new List<string>();
            return CslPublication.Collect(path, Name, null, Records(rows, header, path, warnings), warnings);
        }
        catch (DecoderFallbackException e)
        {
            throw new ListFormatException(path, "not valid UTF-8 text", e);
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(path, "cannot be decompressed: " + e.Message, e);
        }
    }

    private static IEnumerable<CslRecord> Records(IEnumerator<string[]> rows, CsvColumns h, string path, List<string> warnings)
    {
        var row = 1;
        while (rows.MoveNext())
        {
            row++;
            var cells = rows.Current;
            if (cells.Length > h.Count)
            {
                throw new ListFormatException(path, $"row {row}: expected {h.Count} fields like the header, found {cells.Length}");
            }

            if (cells.Length < h.Count)
            {
                // Writers drop trailing empty cells; a field more than the header, though, would shift every value after it.
                warnings.Add($"row {row}: {cells.Length} fields where the header has {h.Count}; the missing cells are read as empty");
            }

            yield return new CslRecord(
                row,
                h.Get(cells, "_id"),
                h.Get(cells, "source") ?? "",
                h.Get(cells, "entity_number"),
                h.Get(cells, "type"),
                h.Get(cells, "name"),
                h.Get(cells, "title"),
                Split(h.Get(cells, "programs")),
                Split(h.Get(cells, "alt_names")),
                [.. Split(h.Get(cells, "addresses")).Select(Address)],
                [.. Split(h.Get(cells, "ids")).Select(Identifier)],
                Split(h.Get(cells, "citizenships")),
                Split(h.Get(cells, "dates_of_birth")),
                Split(h.Get(cells, "nationalities")),
                Split(h.Get(cells, "places_of_birth")),
                CslRecord.FieldNames.Select(f => (f, h.Get(cells, f))).Where(static p => p.Item2 is not null)
                    .ToDictionary(static p => p.f, static p => p.Item2!, StringComparer.Ordinal));
        }
    }

    private static ImmutableArray<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>"19 Luysi Chalovskoy St., Borisov, 222512, BY": the last part is the country code where it is two letters.</summary>
    private static Address Address(string text)
    {
        var comma = text.LastIndexOf(',');
        var last = comma < 0 ? text : text[(comma + 1)..].Trim();
        return last.Length == 2 && last.All(char.IsAsciiLetterUpper)
            ? new Address(comma < 0 ? null : text[..comma].Trim(), null, last, last)
            : new Address(text, null, null, null);
    }

    /// <summary>"CA, BC166787, Passport" or "BC166787, Passport": the label last, the number before it, the country first.</summary>
    private static Identifier Identifier(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 => new Identifier(IdentifierType.Other, parts[0]),
            2 => CslIdentifiers.Of(parts[1], parts[0], null),
            _ => CslIdentifiers.Of(parts[^1], string.Join(", ", parts[1..^1]), parts[0]),
        };
    }
}
