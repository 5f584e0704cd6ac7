namespace Snapback.Screening.Lists;

/// <summary>Counts of a comparison between two publications of one list.</summary>
public sealed record DiffSummary(int Added, int Removed, int Changed, int Unchanged)
{
    /// <summary>True when no entity was added, removed or changed.</summary>
    public bool IsEmpty => Added == 0 && Removed == 0 && Changed == 0;
}
