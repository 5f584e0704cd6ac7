using Snapback.Screening.Screen;

namespace Snapback.Screening.Monitoring;

/// <summary>What one monitoring run works with, built once however many pages it takes.</summary>
internal sealed class MonitorRunWork
{
    public MonitorRunWork(LoadedLists lists, MonitorDelta delta)
    {
        Lists = lists;
        Delta = delta;
        Screening = new ScreeningService();
        Screening.Swap(lists);
    }

    public LoadedLists Lists { get; }

    public MonitorDelta Delta { get; }

    /// <summary>Screens against every list in force.</summary>
    public ScreeningService Screening { get; }
}
