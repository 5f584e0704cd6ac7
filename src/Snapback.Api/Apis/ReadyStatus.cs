using Snapback.Screening.Lists;

namespace Snapback.Api.Apis;

/// <summary>Readiness: lists are loaded and screening gives answers.</summary>
/// <param name="Entities">Entities in the match index.</param>
/// <param name="Snapshots">The snapshot of each list in force.</param>
public sealed record ReadyStatus(bool Ready, DateTimeOffset LoadedAt, int Entities, IReadOnlyList<ListSnapshot> Snapshots);
