namespace Snapback.Throughput;

/// <summary>Medians of one index build over the repetitions.</summary>
internal sealed record BuildFigures(string Name, double MedianMs, double MinMs, long Retained, long Allocated);
