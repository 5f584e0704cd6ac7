namespace Snapback.Screening.Lists;

/// <summary>One stored publication of one list.</summary>
/// <param name="Id">Store-assigned id, increasing with each save.</param>
/// <param name="Source">One of <see cref="Snapback.Lists.ListSources"/>.</param>
/// <param name="PublishedAt">The list's own publication date, where the file carries one.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="Sha256">SHA-256 of the input file (lower-case hex).</param>
/// <param name="Format">The format read, e.g. "un-xml".</param>
/// <param name="FileName">The input's file name or URL, for people.</param>
/// <param name="EntityCount">How many entities it holds.</param>
/// <param name="Kinds">Entity counts by kind.</param>
public sealed record ListSnapshot(
    long Id,
    string Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ImportedAt,
    string Sha256,
    string Format,
    string? FileName,
    int EntityCount,
    KindCounts Kinds)
{
    /// <summary>The date the snapshot counts from: its publication date, or its import time when the file has none.</summary>
    public DateTimeOffset EffectiveAt => PublishedAt ?? ImportedAt;
}
