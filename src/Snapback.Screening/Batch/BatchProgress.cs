namespace Snapback.Screening.Batch;

/// <summary>How far a batch is: rows read so far, and how many of them failed.</summary>
public readonly record struct BatchProgress(long Rows, long Failed);
