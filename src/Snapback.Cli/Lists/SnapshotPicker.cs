using System.Globalization;
using Snapback.Screening.Lists;

namespace Snapback.Cli.Lists;

/// <summary>Finds a snapshot by id (a number) or by date (the one in force at the end of that day).</summary>
internal static class SnapshotPicker
{
    public static ListSnapshot? Pick(IReadOnlyList<ListSnapshot> snapshots, string? idOrDate)
    {
        if (string.IsNullOrWhiteSpace(idOrDate))
        {
            return null;
        }

        if (long.TryParse(idOrDate, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return snapshots.FirstOrDefault(s => s.Id == id)
                ?? throw new ArgumentException($"no snapshot {id} of this list");
        }

        var date = CliDates.ParseAsOf(idOrDate)!.Value;
        return snapshots.LastOrDefault(s => s.EffectiveAt <= date)
            ?? throw new ArgumentException($"no snapshot of this list was in force on {idOrDate}");
    }
}
