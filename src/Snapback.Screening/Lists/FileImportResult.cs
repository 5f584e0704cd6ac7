namespace Snapback.Screening.Lists;

/// <summary>What importing one file or folder did: the import's result, or why the file could not be read.</summary>
public sealed record FileImportResult(string Path, ImportResult? Import, string? Error);
