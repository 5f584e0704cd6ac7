namespace Snapback.Screening.Lists;

/// <summary>The outcome of one download: a file, a 304, or a failure with its reason.</summary>
internal sealed record ListDownload(string? Path, bool NotModified, string? ETag, DateTimeOffset? LastModified, string? Failure, int Attempts);
