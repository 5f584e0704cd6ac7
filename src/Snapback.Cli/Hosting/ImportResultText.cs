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
        var changes = import.Changes is { } c ? $" (+{c.Added} -{c.Removed} ~{c.Changed}{Against(import)})" : string.Empty;
        return import.Status switch
        {
            ImportStatus.Imported => $"imported  {name}: {what}{changes}, snapshot {snapshot!.Id}",
            ImportStatus.Unchanged => $"unchanged {name}: {import.Reason}",
            ImportStatus.Held => $"HELD      {name}: {import.Reason}{changes} — re-run with --confirm to accept",
            _ => $"rejected  {name}: {import.Reason}",
        };
    }

    /// <summary>For the first snapshot of a list that superseded another, what its changes are counted against.</summary>
    private static string Against(ImportResult import) =>
        import is { Previous: { } previous, Snapshot: { } snapshot } && previous.Source != snapshot.Source
            ? $" against {previous.Source} snapshot {previous.Id} of {Date(previous.EffectiveAt)}, the list it supersedes, "
                + $"matched by {ListDiffer.Pairing(previous.Source, snapshot.Source)}"
            : string.Empty;

    public static string Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)";
}
