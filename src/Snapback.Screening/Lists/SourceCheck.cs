namespace Snapback.Screening.Lists;

/// <summary>What one update check of a source found, as <see cref="ListUpdater"/> records it in the store.</summary>
/// <param name="Url">The address that was asked.</param>
/// <param name="CheckedAt">When the check started, after any wait for another process updating the same source.</param>
/// <param name="Reason">Why it failed, was held or was unchanged, for people.</param>
public sealed record SourceCheck(string Source, string Url, DateTimeOffset CheckedAt, UpdateStatus Status, string? Reason)
{
    /// <summary>The download worked: a file was received and read (whatever the import then decided), or the server answered 304.</summary>
    public bool Succeeded => Status != UpdateStatus.Failed;

    /// <summary>
    /// The check confirmed that the newest stored publication is the current one: it imported it, found it byte for byte, or the
    /// server said it has not changed. A held publication confirms nothing: a newer one exists and is not in force.
    /// </summary>
    public bool Confirmed => Status is UpdateStatus.Imported or UpdateStatus.Unchanged or UpdateStatus.NotModified;
}
