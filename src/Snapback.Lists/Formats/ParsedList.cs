using System.Collections.Immutable;
using Snapback.Lists.Model;

namespace Snapback.Lists.Formats;

/// <summary>The result of parsing one publication of one list.</summary>
/// <param name="Source">One of <see cref="ListSources"/>.</param>
/// <param name="Format">The format read, e.g. "ofac-csv", "ofac-xml", "un-xml", "eu-fsf-xml", "uk-ofsi-csv", "uk-fcdo-xml".</param>
/// <param name="PublishedAt">The list's own publication date, where the file carries one.</param>
/// <param name="Entities">Every entity, ids unique.</param>
/// <param name="Warnings">Rows or fields skipped, with the reason; never silent.</param>
public sealed record ParsedList(
    string Source,
    string Format,
    DateTimeOffset? PublishedAt,
    ImmutableArray<ListedEntity> Entities,
    ImmutableArray<string> Warnings);
