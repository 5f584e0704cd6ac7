using System.Collections.Immutable;
using Snapback.Lists.Model;
using Snapback.Matching.Explanation;

namespace Snapback.Matching;

/// <summary>Why an entity was hit: the listed name and its type, the token pairs, the secondary evidence and a one-line summary.</summary>
public sealed record MatchExplanation(
    string ListedName,
    NameType NameType,
    double NameScore,
    ImmutableArray<TokenMatch> Tokens,
    ImmutableArray<EvidenceNote> Evidence,
    string Summary);
