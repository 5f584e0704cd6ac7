using System.Text;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.Ofac;

/// <summary>
/// The OFAC legacy CSV set: a folder with sdn.csv (+ add.csv, alt.csv, sdn_comments.csv) for the SDN list, or cons_prim.csv
/// (+ cons_add.csv, cons_alt.csv, cons_comments.csv) for the non-SDN list; any file may be .gz. A path to the primary file itself
/// reads its siblings. No header row, "-0-" means empty. Only the primary file is required.
/// </summary>
internal sealed class OfacCsvFormat : IListFormat
{
    private const int PrimaryFields = 12;

    public string Name => "ofac-csv";

    public bool CanRead(string path)
    {
        if (Resolve(path) is not { } set)
        {
            return false;
        }

        try
        {
            using var reader = OpenText(set.Primary);
            var buffer = new char[16 * 1024];
            var length = reader.ReadBlock(buffer);
            // Only the first record is read; one longer than the sniffed block reads as unterminated and is not claimed.
            var first = CsvReader.ReadRows(new StringReader(new string(buffer, 0, length)), set.Primary).FirstOrDefault();
            return first is { Length: PrimaryFields } && IsNumber(first[0]) && OfacNames.Kind(Value(first[2])) is not null;
        }
        catch (Exception error) when (error is ListFormatException or DecoderFallbackException or IOException or InvalidDataException)
        {
            return false;
        }
    }

    public ParsedList Parse(string path)
    {
        var set = Resolve(path) ?? throw new ListFormatException(path, "no sdn.csv or cons_prim.csv here");
        var warnings = new List<string>();
        var entities = new Dictionary<string, ListedEntityBuilder>(StringComparer.Ordinal);
        var remarks = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);

        foreach (var row in Rows(set.Primary, PrimaryFields))
        {
            var id = Id(set.Primary, row[0]);
            if (entities.ContainsKey(id))
            {
                warnings.Add($"{ListFile.LogicalName(set.Primary)}: duplicate ent_num {row[0]} skipped");
                continue;
            }

            var kind = OfacNames.Kind(Value(row[2]));
            if (kind is null)
            {
                warnings.Add($"{ListFile.LogicalName(set.Primary)}: ent_num {row[0]} has unknown SDN_Type '{row[2]}', read as an entity");
            }

            var entity = new ListedEntityBuilder(id, set.Source, kind ?? EntityKind.Organization);
            entity.AddName(OfacNames.Create(row[1], NameType.Primary, entity.Kind));
            if (Value(row[3]) is { } programs)
            {
                entity.Programs.AddRange(OfacNames.SplitPrograms(programs));
            }

            entity.Title = Value(row[4]);
            if (Value(row[5]) is { } callSign)
            {
                entity.Identifiers.Add(new Identifier(IdentifierType.CallSign, callSign, Label: "Call Sign"));
            }

            if (Value(row[6]) is not null || Value(row[7]) is not null || Value(row[8]) is not null
                || Value(row[9]) is not null || Value(row[10]) is not null)
            {
                entity.Vessel = new VesselDetails(Value(row[9]), Value(row[6]), Value(row[7]), Value(row[8]), Value(row[10]));
            }

            // Kept untrimmed: a Remarks cut at 1,000 characters may end in the space before its continuation.
            remarks[id] = new StringBuilder(Value(row[11]) is null ? "" : row[11]);
            entities.Add(id, entity);
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(set.Primary, "no entries (empty file)");
        }

        if (set.Sibling("comments") is { } comments)
        {
            foreach (var row in Rows(comments, 2))
            {
                // sdn_comments.csv continues Remarks that were cut at 1,000 characters, mid-word, so the parts join without a separator.
                if (Find(comments, row[0], remarks, warnings) is { } text && Value(row[1]) is not null)
                {
                    text.Append(row[1]);
                }
            }
        }

        foreach (var (id, text) in remarks)
        {
            OfacRemarks.Apply(text.ToString(), entities[id]);
        }

        if (set.Sibling("add") is { } addresses)
        {
            foreach (var row in Rows(addresses, 6))
            {
                if (Find(addresses, row[0], entities, warnings) is { } entity
                    && (Value(row[2]) is not null || Value(row[3]) is not null || Value(row[4]) is not null))
                {
                    entity.Addresses.Add(new Address(Value(row[2]), Value(row[3]), Value(row[4]), null));
                }
            }
        }

        if (set.Sibling("alt") is { } aliases)
        {
            foreach (var row in Rows(aliases, 5))
            {
                if (Find(aliases, row[0], entities, warnings) is { } entity && Value(row[3]) is { } name)
                {
                    entity.AddName(OfacNames.Create(name, AliasType(Value(row[2]), Value(row[4])), entity.Kind));
                }
            }
        }

        return new ParsedList(set.Source, Name, null, [.. entities.Values.Select(e => e.Build())], [.. warnings]);
    }

    /// <summary>alt.csv "aka" rows are strong aliases (OFAC puts weak ones in Remarks) unless alt_remarks says weak.</summary>
    private static NameType AliasType(string? altType, string? altRemarks) =>
        altType?.ToUpperInvariant() switch
        {
            "FKA" => NameType.FormerName,
            _ when altRemarks?.Contains("weak", StringComparison.OrdinalIgnoreCase) == true => NameType.WeakAlias,
            _ => NameType.StrongAlias,
        };

    private static T? Find<T>(string file, string entNum, Dictionary<string, T> byId, List<string> warnings)
        where T : class
    {
        if (byId.TryGetValue(Id(file, entNum), out var found))
        {
            return found;
        }

        warnings.Add($"{ListFile.LogicalName(file)}: row for unknown ent_num {entNum.Trim()} skipped");
        return null;
    }

    private static IEnumerable<string[]> Rows(string file, int fields)
    {
        using var reader = OpenText(file);
        using var rows = CsvReader.ReadRows(reader, file, fields).GetEnumerator();
        var first = true;
        while (true)
        {
            try
            {
                if (first && reader.Peek() == '<')
                {
                    throw new ListFormatException(file, "starts with '<': an HTML or XML page, not an OFAC CSV file");
                }

                first = false;
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (DecoderFallbackException error)
            {
                throw new ListFormatException(file, "not ASCII/UTF-8 text (binary content or another encoding)", error);
            }

            yield return rows.Current;
        }
    }

    private static StreamReader OpenText(string file) =>
        new(ListFile.OpenRead(file), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);

    private static string Id(string file, string entNum)
    {
        var number = entNum.Trim();
        return IsNumber(number) ? "ofac:" + number : throw new ListFormatException(file, $"ent_num '{number}' is not a number");
    }

    private static bool IsNumber(string text) => text.Trim() is { Length: > 0 and < 10 } t && t.All(char.IsAsciiDigit);

    /// <summary>The value of a field, or null for OFAC's empty marker "-0-" (sometimes written "-0") and blanks.</summary>
    private static string? Value(string field)
    {
        var text = field.Trim();
        return text is "" or "-0-" or "-0" ? null : text;
    }

    private static OfacCsvSet? Resolve(string path)
    {
        if (Directory.Exists(path))
        {
            if (ListFile.Find(path, "sdn.csv") is { } sdn)
            {
                return new OfacCsvSet(path, sdn, "", ListSources.OfacSdn);
            }

            return ListFile.Find(path, "cons_prim.csv") is { } cons ? new OfacCsvSet(path, cons, "cons_", ListSources.OfacConsolidated) : null;
        }

        if (!File.Exists(path))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return ListFile.LogicalName(path).StartsWith("cons_", StringComparison.OrdinalIgnoreCase)
            ? new OfacCsvSet(folder, path, "cons_", ListSources.OfacConsolidated)
            : new OfacCsvSet(folder, path, "", ListSources.OfacSdn);
    }
}
