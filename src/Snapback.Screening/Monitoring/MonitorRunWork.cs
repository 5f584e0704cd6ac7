using Snapback.Lists.Model;
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
        Screening = new ScreeningService();
        Screening.Swap(lists);
        var screened = delta.Screened.Select(id => lists.Index.Find(id)).OfType<ListedEntity>().ToList();
        // When the change is most of what is in force (a first snapshot), checking against it costs what screening does.
        ScreenEveryone = screened.Count * 2 > lists.Index.EntityCount;
        if (screened.Count > 0 && !ScreenEveryone)
        {
            Change = new ScreeningService();
            Change.Swap(lists with { Index = MatchIndex.Build(screened) });
        }
    }

    /// <summary>Whether every customer is screened again against everything, the change being most of what is in force.</summary>
    public bool ScreenEveryone { get; }

    public LoadedLists Lists { get; }

    public MonitorDelta Delta { get; }

    /// <summary>Screens against every list in force.</summary>
    public ScreeningService Screening { get; }

    /// <summary>Screens against the added and changed entities alone, or null when the change added and changed nothing.</summary>
    public ScreeningService? Change { get; }

    /// <summary>
    /// Customers to screen again against everything whatever the change finds for them (alerts on changed or removed entities,
    /// alerts decided since the last run); loaded when the entities phase starts or resumes.
    /// </summary>
    public IReadOnlySet<string>? Rescreen { get; set; }
}
