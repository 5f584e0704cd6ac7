namespace Snapback.Screening.Batch;

/// <summary>The outcome of a batch: rows read, rows with at least one hit, rows that failed, total hits.</summary>
public sealed record BatchSummary(long Rows, long RowsWithHits, long Failed, long Hits);
