using System.Globalization;
using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.Uk;

/// <summary>
/// The FCDO UK Sanctions List CSV (<c>UK-Sanctions-List.csv</c>): a <c>Report Date: dd-Mon-yyyy</c> line, the header (58 columns from
/// <c>Last Updated</c> to <c>Hull identification number (HIN)</c>), then one row per name or address of a designation, grouped here
/// by Unique ID into one entity. Ids <c>uk:&lt;Unique ID&gt;</c>, as in the XML, and the same entity for the same designation.
/// </summary>
/// <remarks>
/// Columns are read by name, so a reordered or extended layout still reads. A row with more fields than the header is refused;
/// one with fewer is read with the missing cells empty, and a warning. The file is UTF-8; one that is not valid UTF-8 is read as
/// Windows-1252, as the OFSI CSV was.
/// </remarks>
public sealed class FcdoCsvFormat : IListFormat
{
    private const string ReportDateLabel = "Report Date";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
    private static readonly string[] GivenColumns = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"];
    private static readonly string[] AddressColumns =
        ["Address Line 1", "Address Line 2", "Address Line 3", "Address Line 4", "Address Line 5", "Address Line 6"];

    /// <summary>The type column: "Designation Type" in the published file, "Individual, Entity, Ship" as the XML names it.</summary>
    private static readonly string[] TypeColumns = ["Designation Type", "Individual, Entity, Ship"];

    private static readonly Lazy<Encoding> Windows1252 = new(static () =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public string Name => "uk-fcdo-csv";

    public bool CanRead(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            var lines = TrimBom(OfsiText.ReadStart(path, 8192)).Split('\n', 3);
            var header = lines[0].StartsWith(ReportDateLabel, StringComparison.OrdinalIgnoreCase) ? lines.ElementAtOrDefault(1) ?? "" : lines[0];
            return header.Contains("Unique ID", StringComparison.OrdinalIgnoreCase)
                && header.Contains("Name 6", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public ParsedList Parse(string path)
    {
        HtmlPage.Reject(path, "a UK Sanctions List CSV file");
        try
        {
            try
            {
                return Parse(path, StrictUtf8);
            }
            catch (DecoderFallbackException)
            {
                return Parse(path, Windows1252.Value);
            }
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(path, "cannot be decompressed: " + e.Message, e);
        }
    }

    private ParsedList Parse(string path, Encoding encoding)
    {
        using var text = new StreamReader(ListFile.OpenRead(path), encoding, detectEncodingFromByteOrderMarks: false);
        using var rows = CsvReader.ReadRows(text, path).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new ListFormatException(path, "empty file, no header row");
        }

        var warnings = new List<string>();
        DateTimeOffset? published = null;
        var row = 1;
        if (TrimBom(rows.Current[0]).StartsWith(ReportDateLabel, StringComparison.OrdinalIgnoreCase))
        {
            published = ReportDate(rows.Current, warnings);
            if (!rows.MoveNext())
            {
                throw new ListFormatException(path, "no header row after the Report Date line");
            }

            row++;
        }
        else
        {
            warnings.Add("no Report Date line before the header; the publication has no date");
        }

        var header = new CsvColumns([.. rows.Current.Select(TrimBom)]);
        foreach (var required in (string[])["Unique ID", "Name 6", "Name type"])
        {
            if (!header.Has(required))
            {
                throw new ListFormatException(path, $"header has no '{required}' column");
            }
        }

        if (!TypeColumns.Any(header.Has))
        {
            throw new ListFormatException(path, $"header has no '{TypeColumns[0]}' column");
        }

        var designations = new Dictionary<string, FcdoDesignation>(StringComparer.Ordinal);
        while (rows.MoveNext())
        {
            row++;
            var cells = rows.Current;
            if (cells.Length > header.Count)
            {
                throw new ListFormatException(path, $"row {row}: expected {header.Count} fields like the header, found {cells.Length}");
            }

            if (cells.Length < header.Count)
            {
                // Writers drop trailing empty cells; a field more than the header, though, would shift every value after it.
                warnings.Add($"row {row}: {cells.Length} fields where the header has {header.Count}; the missing cells are read as empty");
            }

            if (header.Get(cells, "Unique ID") is not { } uniqueId)
            {
                warnings.Add($"row {row}: no Unique ID, skipped");
                continue;
            }

            if (!designations.TryGetValue(uniqueId, out var designation))
            {
                var type = TypeColumns.Select(column => header.Get(cells, column)).FirstOrDefault(static t => t is not null);
                designations.Add(uniqueId, designation = new FcdoDesignation(uniqueId, type, warnings));
            }

            AddRow(designation, header, cells);
        }

        if (designations.Count == 0)
        {
            throw new ListFormatException(path, "no designation rows");
        }

        // The dictionary keeps insertion order while nothing is removed, so entities come in file order.
        return new ParsedList(ListSources.UkFcdo, Name, published, [.. designations.Values.Select(static d => d.Build())], [.. warnings]);
    }

    private static void AddRow(FcdoDesignation x, CsvColumns h, string[] cells)
    {
        x.AddName(
            [.. GivenColumns.Select(c => h.Get(cells, c))], h.Get(cells, "Name 6"), h.Get(cells, "Name type"), h.Get(cells, "Alias strength"));
        x.AddNonLatinName(h.Get(cells, "Name non-latin script"), h.Get(cells, "Non-latin script language"));
        x.AddAddress([.. AddressColumns.Select(c => h.Get(cells, c))], h.Get(cells, "Address Postal Code"), h.Get(cells, "Address Country"));
        x.AddBirthPlace(h.Get(cells, "Town of birth"), h.Get(cells, "Country of birth"));
        x.AddPassport(h.Get(cells, "Passport number"), h.Get(cells, "Passport additional information"));
        x.AddNationalIdentifier(h.Get(cells, "National Identifier number"), h.Get(cells, "National Identifier additional information"));
        foreach (var (column, _, add) in FcdoDesignation.Fields)
        {
            if (h.Get(cells, column) is { } value)
            {
                add(x, value);
            }
        }
    }

    /// <summary>"Report Date: 13-Feb-2026" (also "Report Date,13-Feb-2026") as midnight UTC of that day.</summary>
    private static DateTimeOffset? ReportDate(string[] cells, List<string> warnings)
    {
        var text = TrimBom(cells[0]).Trim()[ReportDateLabel.Length..].TrimStart(':', ' ').Trim();
        if (text.Length == 0 && cells.Length > 1)
        {
            text = cells[1].Trim();
        }

        string[] forms = ["dd-MMM-yyyy", "d-MMM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd"];
        if (DateOnly.TryParseExact(text, forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        warnings.Add($"Report Date '{text}' not understood; the publication has no date");
        return null;
    }

    /// <summary>A byte order mark, as UTF-8 or as its Windows-1252 reading.</summary>
    private static string TrimBom(string text) => text.TrimStart('\uFEFF', 'ï', '»', '¿');
}
