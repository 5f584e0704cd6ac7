using System.Globalization;
using Snapback.Screening.Lists;

namespace Snapback.Cli.Lists;

/// <summary>
/// Finds a snapshot by id (a number) or by date (the one in force at the end of that day) on a list's timeline, which for a list
/// that superseded another also holds the replaced list's snapshots.
/// </summary>
internal static class SnapshotPicker
{
    public static ListSnapshot? Pick(SnapshotTimeline timeline, string? idOrDate)
    {
        if (string.IsNullOrWhiteSpace(idOrDate))
        {
            return null;
        }

        if (long.TryParse(idOrDate, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return timeline.Find(id) ?? throw new ArgumentException($"no snapshot {id} of this list");
        }

        var date = CliDates.ParseAsOf(idOrDate)!.Value;
        return timeline.InForceAt(date) ?? throw new ArgumentException($"no snapshot of this list was in force on {idOrDate}");
    }
}
