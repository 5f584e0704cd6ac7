using Snapback.Matching;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Monitoring;

/// <summary>What one monitoring run works with, built once however many pages it takes.</summary>
internal sealed class MonitorRunWork
{
    public MonitorRunWork(LoadedLists lists, MonitorDelta delta)
    {
        Lists = lists;
        Delta = delta;
        var screened = delta.Screened.ToHashSet(StringComparer.Ordinal);
        DeltaIndex = lists.Index.Subset(e => screened.Contains(e.Id));
        Screening = new ScreeningService();
        Screening.Swap(lists);
    }

    public LoadedLists Lists { get; }

    public MonitorDelta Delta { get; }

    /// <summary>The added and changed entities, scored as against the whole lists.</summary>
    public MatchIndex DeltaIndex { get; }

    /// <summary>Screens against every list in force.</summary>
    public ScreeningService Screening { get; }

    /// <summary>Customers with an alert; read once, on the first page that needs it.</summary>
    public IReadOnlySet<string>? AlertedOn { get; set; }
}
