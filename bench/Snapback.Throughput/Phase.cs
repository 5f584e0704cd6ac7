using System.Diagnostics;

namespace Snapback.Throughput;

/// <summary>One timed run of a phase: its duration, the items it handled and its memory, fixed on dispose.</summary>
internal sealed class Phase : IDisposable
{
    private readonly long start = Stopwatch.GetTimestamp();
    private readonly MemoryProbe probe = MemoryProbe.Start();

    public long Count { get; set; }

    public double Milliseconds { get; private set; }

    public MemoryProbe? Memory { get; private set; }

    public void Dispose()
    {
        Milliseconds = Stats.ElapsedMs(start);
        probe.Dispose();
        Memory = probe;
    }
}
