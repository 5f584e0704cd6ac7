namespace Snapback.Screening.Lists;

/// <summary>What an import did.</summary>
public enum ImportStatus
{
    /// <summary>A new snapshot was saved.</summary>
    Imported,

    /// <summary>The same input (same SHA-256) is already stored; nothing was saved.</summary>
    Unchanged,

    /// <summary>The publication would remove more entries than allowed; nothing was saved until it is confirmed.</summary>
    Held,

    /// <summary>The publication is unusable (empty, duplicate ids, another source); nothing was saved.</summary>
    Rejected,
}
