namespace Snapback.Screening.Lists;

/// <summary>The HTTP validators of the last download of a source whose content is stored, for conditional requests.</summary>
public sealed record DownloadState(string Source, string Url, string? ETag, DateTimeOffset? LastModified, DateTimeOffset FetchedAt);
