using System.Globalization;
using Snapback.Lists;
using Snapback.Screening.Lists;

namespace Snapback.Cli.Hosting;

/// <summary>One line per imported file, for people.</summary>
internal static class ImportResultText
{
    public static string Describe(FileImportResult result)
    {
        var name = Path.GetFileName(result.Path.TrimEnd(Path.DirectorySeparatorChar));
        if (result.Import is not { } import)
        {
            return $"rejected  {result.Error}";
        }

        var snapshot = import.Snapshot;
        var what = snapshot is null
            ? string.Empty
            : $"{ListSources.Title(snapshot.Source)} published {Date(snapshot.PublishedAt)}: {snapshot.EntityCount:N0} entities";
        var changes = import.Changes is { } c ? $" (+{c.Added} -{c.Removed} ~{c.Changed})" : string.Empty;
        return import.Status switch
        {
            ImportStatus.Imported => $"imported  {name}: {what}{changes}, snapshot {snapshot!.Id}",
            ImportStatus.Unchanged => $"unchanged {name}: {import.Reason}",
            ImportStatus.Held => $"HELD      {name}: {import.Reason}{changes} — re-run with --confirm to accept",
            _ => $"rejected  {name}: {import.Reason}",
        };
    }

    public static string Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)";
}
