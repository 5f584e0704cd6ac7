namespace Snapback.Screening.Batch;

/// <summary>How far a batch is: rows screened, rows failed.</summary>
public readonly record struct BatchProgress(long Rows, long Failed);
