using System.Globalization;
using Snapback.Screening.Lists;

namespace Snapback.Screening.Screen;

/// <summary>One list snapshot a result was computed against.</summary>
/// <param name="Source">The list's source id (e.g. <c>un</c>, <c>ofac-sdn</c>).</param>
/// <param name="Snapshot">The store's snapshot id.</param>
/// <param name="PublishedAt">The list's own publication date, where the file carries one.</param>
/// <param name="Sha256">SHA-256 of the file the snapshot was imported from.</param>
public sealed record SnapshotReference(string Source, long Snapshot, DateTimeOffset? PublishedAt, string Sha256)
{
    /// <summary><c>source#snapshot@yyyy-MM-dd</c>.</summary>
    public string Text => string.Create(
        CultureInfo.InvariantCulture, $"{Source}#{Snapshot}@{(PublishedAt is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown")}");

    public static SnapshotReference From(ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Source, snapshot.Id, snapshot.PublishedAt, snapshot.Sha256);
    }
}
