namespace Snapback.Screening.Ownership;

/// <summary>What storing a holding did.</summary>
public enum EdgeWrite
{
    Inserted,
    Updated,
    Unchanged,
}
