using Snapback.Lists.Formats;
using Snapback.Screening.Cases;

namespace Snapback.Screening.Lists;

/// <summary>
/// Fetches each configured official list, checks it and imports it. A failed or bad download never replaces the snapshot in force;
/// the result for each source says what happened and why, and the store keeps it as the source's last check.
/// </summary>
public sealed class ListUpdater
{
    private readonly IListStore store;
    private readonly ListImporter importer;
    private readonly TimeProvider timeProvider;
    private readonly ListUpdateOptions options;
    private readonly ListDownloader downloader;
    private readonly Func<string, ParsedList> parse;

    /// <param name="parse">Reads a downloaded file; defaults to <see cref="ListReader.Read"/>.</param>
    public ListUpdater(
        IListStore store,
        ListImporter importer,
        HttpClient http,
        TimeProvider timeProvider,
        ListUpdateOptions? options = null,
        Func<string, ParsedList>? parse = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        this.store = store;
        this.importer = importer;
        this.timeProvider = timeProvider;
        this.options = options ?? new ListUpdateOptions();
        this.parse = parse ?? ListReader.Read;
        downloader = new ListDownloader(http, timeProvider, this.options);
    }

    /// <summary>Updates every configured source, one after another.</summary>
    public Task<IReadOnlyList<SourceUpdateResult>> UpdateAllAsync(CancellationToken cancellationToken) =>
        UpdateAllAsync(confirm: false, cancellationToken);

    /// <summary>Updates every configured source; <paramref name="confirm"/> imports publications that would otherwise be held.</summary>
    public Task<IReadOnlyList<SourceUpdateResult>> UpdateAllAsync(bool confirm, CancellationToken cancellationToken) =>
        UpdateAllAsync(confirm, null, cancellationToken);

    /// <summary>Updates every configured source, what it stores recorded in the audit trail as <paramref name="by"/> (the importer's actor when null).</summary>
    public async Task<IReadOnlyList<SourceUpdateResult>> UpdateAllAsync(bool confirm, Actor? by, CancellationToken cancellationToken)
    {
        var results = new List<SourceUpdateResult>();
        foreach (var source in options.Sources.Keys)
        {
            results.Add(await UpdateAsync(source, confirm, by, cancellationToken));
        }

        return results;
    }

    /// <summary>Updates one source from its configured address.</summary>
    /// <exception cref="ArgumentException">The source has no configured address.</exception>
    public Task<SourceUpdateResult> UpdateAsync(string source, CancellationToken cancellationToken) =>
        UpdateAsync(source, confirm: false, cancellationToken);

    /// <summary>Updates one source; <paramref name="confirm"/> imports a publication that removes more than the allowed share.</summary>
    /// <exception cref="ArgumentException">The source has no configured address.</exception>
    public Task<SourceUpdateResult> UpdateAsync(string source, bool confirm, CancellationToken cancellationToken) =>
        UpdateAsync(source, confirm, null, cancellationToken);

    /// <summary>Updates one source, what it stores recorded in the audit trail as <paramref name="by"/> (the importer's actor when null).</summary>
    /// <exception cref="ArgumentException">The source has no configured address.</exception>
    public async Task<SourceUpdateResult> UpdateAsync(string source, bool confirm, Actor? by, CancellationToken cancellationToken)
    {
        if (!options.Sources.TryGetValue(source, out var url))
        {
            throw new ArgumentException($"no download address configured for {source}", nameof(source));
        }

        // Another process sharing the store may be updating this source: wait for it, then start from what it stored, so that its
        // publication is seen as not modified or unchanged rather than imported a second time.
        await using var updating = await store.LockUpdatesAsync(source, cancellationToken);
        var checkedAt = timeProvider.GetUtcNow();
        var current = await store.LatestSnapshotAsync(source, cancellationToken);
        var state = await store.GetDownloadStateAsync(source, cancellationToken);
        // Validators only count for the same address and while their content is still stored.
        var validators = current is not null && state is not null && string.Equals(state.Url, url.AbsoluteUri, StringComparison.Ordinal) ? state : null;
        var folder = options.TempFolder ?? Path.GetTempPath();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"snapback-{source}-{Guid.NewGuid():N}.download");
        try
        {
            var download = await downloader.DownloadAsync(url, validators, path, cancellationToken);
            var (status, import, reason) = await ImportDownloadAsync(source, url, download, confirm, by, cancellationToken);
            var now = await store.LatestSnapshotAsync(source, cancellationToken);
            await store.RecordCheckAsync(new SourceCheck(source, url.AbsoluteUri, checkedAt, status, reason), cancellationToken);
            return new SourceUpdateResult(source, url, status, now, import, reason, download.Attempts);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(UpdateStatus Status, ImportResult? Import, string? Reason)> ImportDownloadAsync(
        string source, Uri url, ListDownload download, bool confirm, Actor? by, CancellationToken cancellationToken)
    {
        if (download.Failure is { } failure)
        {
            return (UpdateStatus.Failed, null, failure);
        }

        if (download.NotModified || download.Path is not { } path)
        {
            return (UpdateStatus.NotModified, null, "not modified since the last download");
        }

        ParsedList list;
        string sha;
        try
        {
            sha = ListReader.Sha256(path);
            list = parse(path);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return (UpdateStatus.Failed, null, "the file could not be read: " + error.Message);
        }

        if (!string.Equals(list.Source, source, StringComparison.Ordinal))
        {
            return (UpdateStatus.Failed, null, $"the file is a {list.Source} list, not {source}");
        }

        var import = await importer.ImportAsync(list, sha, url.AbsoluteUri, confirm, by, cancellationToken);
        if (import.Status is ImportStatus.Imported or ImportStatus.Unchanged)
        {
            await store.SaveDownloadStateAsync(
                new DownloadState(source, url.AbsoluteUri, download.ETag, download.LastModified, timeProvider.GetUtcNow()), cancellationToken);
        }

        var status = import.Status switch
        {
            ImportStatus.Imported => UpdateStatus.Imported,
            ImportStatus.Unchanged => UpdateStatus.Unchanged,
            ImportStatus.Held => UpdateStatus.Held,
            _ => UpdateStatus.Failed,
        };
        return (status, import, import.Reason);
    }
}
