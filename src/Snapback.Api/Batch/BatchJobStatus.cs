namespace Snapback.Api.Batch;

/// <summary>What the Batch page polls: rows done of total, failures, and whether the results can be downloaded.</summary>
/// <param name="NotScreened">Lines that could not be read as rows at all (a quote never closed), once done.</param>
public sealed record BatchJobStatus(
    string Id, string FileName, long Rows, long Total, long Failed, bool Done, long? RowsWithHits, string? Error, string? NotScreened = null);
