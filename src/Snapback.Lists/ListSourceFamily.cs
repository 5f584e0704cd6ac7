using Snapback.Lists.Formats;

namespace Snapback.Lists;

/// <summary>
/// A list source added as one folder of code and one line in <see cref="ListSources.Registered"/>: everything the rest of Snapback
/// needs to know about it, so that nothing outside its folder names it.
/// </summary>
/// <param name="Source">The source id its snapshots are stored, updated, diffed and gated under, e.g. "us-csl".</param>
/// <param name="Title">Human title of the whole publication.</param>
/// <param name="EntityIdPrefix">What its entity ids start with, before the first colon.</param>
/// <param name="Members">
/// The lists one publication gathers, each with its own source id that its entities carry in <see cref="Model.ListedEntity.Source"/>,
/// and its title; empty when the publication is a single list whose entities carry <paramref name="Source"/>.
/// </param>
/// <param name="Formats">The formats it is published in, each recognised from content.</param>
/// <param name="DownloadUrl">The official download address <c>lists update</c> fetches by default.</param>
public sealed record ListSourceFamily(
    string Source,
    string Title,
    string EntityIdPrefix,
    IReadOnlyList<(string Source, string Title)> Members,
    IReadOnlyList<IListFormat> Formats,
    Uri DownloadUrl)
{
    /// <summary>True when an entity of <paramref name="entitySource"/> belongs in a snapshot of this source.</summary>
    public bool Holds(string entitySource) =>
        string.Equals(entitySource, Source, StringComparison.Ordinal)
        || Members.Any(m => string.Equals(m.Source, entitySource, StringComparison.Ordinal));
}
