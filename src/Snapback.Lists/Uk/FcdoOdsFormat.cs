using System.Globalization;
using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.Uk;

/// <summary>
/// The FCDO UK Sanctions List as exported by the FCDO search service to a spreadsheet (.ods, sheet <c>UK_Sanction_List</c>):
/// one row per designation with Unique ID, OFSI Group ID, Name, Regime Name, Type, Designation source, Date Designated
/// (dd-mm-yyyy) and Sanctions Imposed. Ids <c>uk:&lt;Unique ID&gt;</c>.
/// </summary>
/// <remarks>
/// The export has no aliases, birth dates or addresses and no publication date, so <see cref="ParsedList.PublishedAt"/> is null.
/// The OFSI Group ID stays on the entity (<see cref="ListedEntity.OfsiGroupId"/>); the designation source (UK, UN) and sanctions
/// imposed go into the remarks. A designation whose Name cell is blank is kept without names, with a warning.
/// </remarks>
public sealed class FcdoOdsFormat : IListFormat
{
    private const string Sheet = "UK_Sanction_List";
    private static readonly string[] Required = ["Unique ID", "Name", "Type"];

    public string Name => "uk-fcdo-ods";

    public bool CanRead(string path)
    {
        if (!File.Exists(path) || !OdsRows.IsSpreadsheet(path))
        {
            return false;
        }

        try
        {
            var header = OdsRows.Read(path, Sheet).FirstOrDefault();
            return header is not null && Required.All(header.Contains);
        }
        catch (ListFormatException)
        {
            return false;
        }
    }

    public ParsedList Parse(string path)
    {
        if (!OdsRows.IsSpreadsheet(path))
        {
            throw new ListFormatException(path, "not an OpenDocument spreadsheet");
        }

        using var rows = OdsRows.Read(path, Sheet).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new ListFormatException(path, $"sheet '{Sheet}' is empty");
        }

        var header = rows.Current;
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new ListFormatException(path, $"header has no '{string.Join("', '", missing)}' column");
        }

        int Column(string name) => Array.IndexOf(header, name);
        string? Cell(string[] row, string name) => Column(name) is var i and >= 0 && i < row.Length && row[i].Length > 0 ? row[i] : null;

        var entities = new List<ListedEntity>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var line = 1;
        while (rows.MoveNext())
        {
            line++;
            var row = rows.Current;
            if (Cell(row, "Unique ID") is not { } uniqueId)
            {
                warnings.Add($"row {line}: no Unique ID, skipped");
                continue;
            }

            if (!seen.Add(uniqueId))
            {
                warnings.Add($"uk:{uniqueId}: repeated Unique ID, later row skipped");
                continue;
            }

            var kind = Cell(row, "Type") switch
            {
                "Individual" => EntityKind.Person,
                "Ship" => EntityKind.Vessel,
                _ => EntityKind.Organization,
            };
            var b = new ListedEntityBuilder("uk:" + uniqueId, ListSources.UkFcdo, kind);
            if (Cell(row, "Name") is { } name)
            {
                b.AddName(new EntityName(name.Normalize(NormalizationForm.FormC), NameType.Primary));
            }
            else
            {
                // The export has designations with a blank name; they are kept so the designation count stays true.
                warnings.Add($"uk:{uniqueId}: no name in the export");
            }
            if (Cell(row, "Regime Name") is { } regime)
            {
                b.Programs.Add(regime);
            }

            b.ListedOn = DateOnly.TryParseExact(Cell(row, "Date Designated"), "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : null;
            b.OfsiGroupId = Cell(row, "OFSI Group ID");
            b.Remarks = string.Join(" ", new[]
            {
                Cell(row, "Designation source") is { } source ? $"Designation source: {source}." : null,
                Cell(row, "Sanctions Imposed") is { } imposed ? $"Sanctions imposed: {imposed}." : null,
            }.OfType<string>());
            entities.Add(b.Build());
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(path, "no designations");
        }

        return new ParsedList(ListSources.UkFcdo, Name, null, [.. entities], [.. warnings]);
    }
}
