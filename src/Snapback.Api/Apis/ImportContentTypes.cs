using Snapback.Screening.Batch;

namespace Snapback.Api.Apis;

/// <summary>The file format an import request's content type names.</summary>
internal static class ImportContentTypes
{
    /// <summary>CSV for <c>text/csv</c>, JSON Lines for <c>application/x-ndjson</c> (or <c>application/jsonl</c>, <c>application/json-lines</c>), else null.</summary>
    public static PartyFileFormat? Format(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "text/csv" => PartyFileFormat.Csv,
        "application/x-ndjson" or "application/jsonl" or "application/json-lines" => PartyFileFormat.JsonLines,
        _ => null,
    };
}
