using System.Collections.Immutable;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Screening.Lists;

/// <summary>A snapshot about to be saved: the parsed publication plus where it came from.</summary>
public sealed record SnapshotDraft(
    string Source,
    string Format,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ImportedAt,
    string Sha256,
    string? FileName,
    ImmutableArray<ListedEntity> Entities)
{
    public static SnapshotDraft From(ParsedList list, string sha256, string? fileName, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new(list.Source, list.Format, list.PublishedAt, importedAt, sha256, fileName, list.Entities);
    }
}
