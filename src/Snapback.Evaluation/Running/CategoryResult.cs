using System.Collections.Immutable;

namespace Snapback.Evaluation.Running;

/// <summary>One category at the reported threshold.</summary>
/// <param name="Category">The category's name.</param>
/// <param name="Positive">True: <paramref name="HeldOut"/> is recall. False: it is the false-alert rate.</param>
/// <param name="Description">What the queries are.</param>
/// <param name="HeldOut">Found (positives) or alerted (negatives), held-out half, screened at the reported threshold.</param>
/// <param name="Tuning">The same on the tuning half.</param>
/// <param name="Misses">A few held-out queries that went wrong, for reading.</param>
public sealed record CategoryResult(
    string Category,
    bool Positive,
    string Description,
    Proportion HeldOut,
    Proportion Tuning,
    ImmutableArray<CaseMiss> Misses);
