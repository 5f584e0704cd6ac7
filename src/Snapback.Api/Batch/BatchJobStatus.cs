namespace Snapback.Api.Batch;

/// <summary>What the Batch page polls: rows done of total, failures, and whether the results can be downloaded.</summary>
public sealed record BatchJobStatus(string Id, string FileName, long Rows, long Total, long Failed, bool Done, long? RowsWithHits, string? Error);
