using Snapback.Lists.Formats;

namespace Snapback.Screening.Lists;

/// <summary>
/// Imports list files and folders from disk: each path is a list file, a list folder (an OFAC CSV set), or a folder of lists,
/// which is walked. Every input is read and checked before anything is stored, and each is imported in its own transaction.
/// </summary>
public sealed class ListFileImporter(ListImporter importer)
{
    /// <summary>Imports every list found under <paramref name="paths"/>, oldest publication first within each source.</summary>
    public async Task<IReadOnlyList<FileImportResult>> ImportAsync(IEnumerable<string> paths, bool confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var parsed = new List<(string Path, ParsedList? List, string? Sha, string? Error)>();
        foreach (var path in paths.SelectMany(Expand))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                parsed.Add((path, WithDateFromName(ListReader.Read(path), path), ListReader.Sha256(path), null));
            }
            catch (ListFormatException e)
            {
                parsed.Add((path, null, null, e.Message));
            }
            catch (IOException e)
            {
                parsed.Add((path, null, null, $"{Path.GetFileName(path)}: {e.Message}"));
            }
        }

        var results = new List<FileImportResult>();
        foreach (var item in parsed.OrderBy(p => p.List?.PublishedAt ?? DateTimeOffset.MaxValue))
        {
            if (item.List is null)
            {
                results.Add(new FileImportResult(item.Path, null, item.Error));
                continue;
            }

            var result = await importer.ImportAsync(item.List, item.Sha!, Path.GetFileName(item.Path), confirm, cancellationToken);
            results.Add(new FileImportResult(item.Path, result, null));
        }

        return results;
    }

    /// <summary>
    /// OFAC's legacy CSV set carries no publication date. Where the file or folder name holds one (<c>ofac-sdn-2023-12-28</c>), it is
    /// taken, and a warning says so; otherwise the snapshot counts from its import time.
    /// </summary>
    private static ParsedList WithDateFromName(ParsedList list, string path)
    {
        if (list.PublishedAt is not null)
        {
            return list;
        }

        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var match = System.Text.RegularExpressions.Regex.Match(name, @"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)");
        if (!match.Success || !DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return list;
        }

        return list with
        {
            PublishedAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Warnings = list.Warnings.Add($"the file has no publication date; {match.Value} taken from its name '{name}'"),
        };
    }

    /// <summary>A path that is a list stays as it is; a folder that is not one is walked for lists, in name order.</summary>
    private static IEnumerable<string> Expand(string path)
    {
        if (File.Exists(path) || IsListFolder(path))
        {
            yield return path;
            yield break;
        }

        if (!Directory.Exists(path))
        {
            yield return path;
            yield break;
        }

        foreach (var child in Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(child) || ListReader.Formats.Any(f => f.CanRead(child)))
            {
                foreach (var inner in Expand(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsListFolder(string path) => Directory.Exists(path) && ListReader.Formats.Any(f => f.CanRead(path));
}
