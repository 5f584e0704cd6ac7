namespace Snapback.Screening.Lists;

/// <summary>The outcome of updating one source.</summary>
/// <param name="Current">The snapshot in force for the source after the update (the latest stored), if any.</param>
/// <param name="Import">The import's result, when the file got that far.</param>
/// <param name="Reason">Why it failed, was held or was unchanged, for people.</param>
/// <param name="Attempts">HTTP requests made.</param>
public sealed record SourceUpdateResult(
    string Source, Uri Url, UpdateStatus Status, ListSnapshot? Current, ImportResult? Import, string? Reason, int Attempts);
