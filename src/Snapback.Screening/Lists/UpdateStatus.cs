namespace Snapback.Screening.Lists;

/// <summary>What updating one source did.</summary>
public enum UpdateStatus
{
    /// <summary>A new publication was downloaded and stored.</summary>
    Imported,

    /// <summary>The server said the list has not changed since the last download (HTTP 304).</summary>
    NotModified,

    /// <summary>The download is byte-for-byte a stored publication.</summary>
    Unchanged,

    /// <summary>The publication would remove too many entries; it was not stored (import it with confirmation to accept it).</summary>
    Held,

    /// <summary>The download or the file was bad; the snapshot in force is untouched.</summary>
    Failed,
}
