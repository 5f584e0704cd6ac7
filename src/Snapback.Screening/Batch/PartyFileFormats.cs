namespace Snapback.Screening.Batch;

/// <summary>Picks a batch file format from a name or an explicit <c>--format</c>.</summary>
public static class PartyFileFormats
{
    /// <summary><c>csv</c> or <c>jsonl</c>/<c>ndjson</c>/<c>json</c> when given; else from the file extension (a trailing .gz is ignored).</summary>
    public static PartyFileFormat? Resolve(string? path, string? explicitFormat)
    {
        var text = explicitFormat ?? Path.GetExtension(path is not null && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path);
        return text?.TrimStart('.').ToLowerInvariant() switch
        {
            "csv" => PartyFileFormat.Csv,
            "jsonl" or "ndjson" or "json" => PartyFileFormat.JsonLines,
            _ => null,
        };
    }
}
