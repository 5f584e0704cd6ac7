namespace Snapback.Api.Apis;

/// <summary>Readiness: lists are loaded and screening gives answers.</summary>
/// <param name="Snapshots">The snapshots in the index, as <c>source@published</c>.</param>
public sealed record ReadyStatus(bool Ready, DateTimeOffset LoadedAt, int Entities, IReadOnlyList<string> Snapshots);
