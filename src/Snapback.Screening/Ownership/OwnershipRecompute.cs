using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>The result after a list change, and the parties whose status changed with it.</summary>
/// <param name="Changed">Parties whose status (not blocked, listed, owned) differs from before, by party id.</param>
/// <param name="Recomputed">How many parties were recomputed: those downstream of the change.</param>
public sealed record OwnershipRecompute(OwnershipResult Result, ImmutableArray<string> Changed, int Recomputed);
