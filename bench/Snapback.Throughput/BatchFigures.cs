using Snapback.Screening.Batch;

namespace Snapback.Throughput;

/// <summary>Medians of one batch job over its runs.</summary>
internal sealed record BatchFigures(BatchSummary Summary, double MedianMs, double NamesPerSecond, long PeakWorkingSet, long Allocated);
