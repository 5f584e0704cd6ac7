using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Lists.UsCsl;

/// <summary>
/// Gathers the rows of one CSL publication, CSV or JSON, into one list: the rows of the lists taken become entities, the CSL's
/// copies of the Treasury lists and any list not taken are counted in a warning each, and a row that cannot be an entity is
/// skipped with a warning naming it.
/// </summary>
internal static class CslPublication
{
    public static ParsedList Collect(string path, string format, DateTimeOffset? publishedAt, IEnumerable<CslRecord> rows, List<string> warnings)
    {
        var entities = new Dictionary<string, ListedEntity>(StringComparer.Ordinal);
        var notTaken = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var seen = 0;
        foreach (var row in rows)
        {
            seen++;
            var list = UsCslSource.Lists.FirstOrDefault(l => row.Source.Contains($"({l.Code})", StringComparison.OrdinalIgnoreCase));
            if (list.Code is null)
            {
                notTaken[row.Source] = notTaken.GetValueOrDefault(row.Source) + 1;
                continue;
            }

            if (row.Name is null)
            {
                warnings.Add($"row {row.Row}: no name, skipped");
                continue;
            }

            if ((row.EntityNumber ?? row.Id) is not { } key)
            {
                warnings.Add($"row {row.Row}: no entity_number and no id, skipped");
                continue;
            }

            var entity = CslEntity.Build(row, key, list.Code, list.Source, list.PersonsMostly, warnings);
            if (!entities.TryAdd(entity.Id, entity))
            {
                warnings.Add($"row {row.Row}: id {key} of the {list.Code} list appears twice; the later row is skipped");
            }
        }

        if (seen == 0)
        {
            throw new ListFormatException(path, "no rows after the header");
        }

        foreach (var (source, count) in notTaken)
        {
            warnings.Add(source.Contains("Treasury", StringComparison.OrdinalIgnoreCase)
                ? $"{count} rows of {source} not taken: Snapback reads that list from OFAC's own files"
                : $"{count} rows of '{source}' not taken: not one of the lists Snapback takes from the CSL");
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(
                path, $"no entry of the lists taken ({string.Join(", ", UsCslSource.Lists.Select(static l => l.Code))}) among {seen} rows");
        }

        // The dictionary keeps insertion order while nothing is removed, so entities come in file order.
        return new ParsedList(UsCslSource.Id, format, publishedAt, [.. entities.Values], [.. warnings]);
    }
}
