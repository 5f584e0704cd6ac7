namespace Snapback.Throughput;

/// <summary>
/// Watches one phase: the highest working set and managed heap seen (sampled every 5 ms, since the process peak only ever grows)
/// and the bytes allocated between start and dispose.
/// </summary>
internal sealed class MemoryProbe : IDisposable
{
    private readonly long allocatedAtStart = GC.GetTotalAllocatedBytes(true);
    private readonly Timer timer;
    private long peakWorkingSet;
    private long peakHeap;

    private MemoryProbe()
    {
        Sample();
        timer = new Timer(static state => ((MemoryProbe)state!).Sample(), this, 5, 5);
    }

    public long PeakWorkingSet => Interlocked.Read(ref peakWorkingSet);

    public long PeakHeap => Interlocked.Read(ref peakHeap);

    public long Allocated { get; private set; }

    public static MemoryProbe Start() => new();

    public void Dispose()
    {
        timer.Dispose();
        Sample();
        Allocated = GC.GetTotalAllocatedBytes(true) - allocatedAtStart;
    }

    private void Sample()
    {
        Raise(ref peakWorkingSet, Environment.WorkingSet);
        Raise(ref peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
        Raise(ref peakHeap, GC.GetTotalMemory(false));
    }

    private static void Raise(ref long peak, long value)
    {
        var seen = Interlocked.Read(ref peak);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref peak, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
