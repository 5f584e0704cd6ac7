using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>
/// A chain of holdings from a listed party down to the party explained. Every intermediary on it is itself blocked, so (as OFAC's
/// guidance says) it passes its holding on in full: the path contributes its last step's share to the aggregate.
/// </summary>
/// <param name="Listing">The listed party the path starts from, and how it is linked to its listing.</param>
/// <param name="Steps">Holdings from the listed party down; the last step's owned party is the party explained.</param>
public sealed record OwnershipPath(ListedLink Listing, ImmutableArray<OwnershipStep> Steps)
{
    /// <summary>The share the path adds to the explained party's aggregate: its last holding.</summary>
    public decimal Share => Steps[^1].Share;

    /// <summary>The path in one line: <c>ofac:1 -50%-> A -40%-> B</c>.</summary>
    public override string ToString() =>
        Steps[0].Owner + string.Concat(Steps.Select(static step =>
            " -" + step.Share.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%" + (step.Control ? "+control" : "") + "-> " + step.Owned));
}
