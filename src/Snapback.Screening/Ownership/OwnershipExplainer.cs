using System.Collections.Immutable;

namespace Snapback.Screening.Ownership;

/// <summary>
/// Explains a party blocked by ownership as the chains of holdings from listed parties that make it so. Each step goes up to an owner
/// that was blocked before the party below it, so every chain ends at a listed party and a cycle of holdings is never walked round.
/// </summary>
internal static class OwnershipExplainer
{
    public static ImmutableArray<OwnershipPath> Paths(OwnershipResult result, int party, int maxPaths)
    {
        var paths = ImmutableArray.CreateBuilder<OwnershipPath>();
        var below = new List<OwnershipStep>();
        Walk(result, party, below, paths, maxPaths);
        return paths.ToImmutable();
    }

    private static void Walk(OwnershipResult result, int party, List<OwnershipStep> below, ImmutableArray<OwnershipPath>.Builder paths, int maxPaths)
    {
        var graph = result.Graph;
        var edgesIn = graph.HeldBy(party).ToArray()
            .Where(edge => result.BlockedFlags[graph.Owner(edge)] && result.Rank[graph.Owner(edge)] < result.Rank[party]
                && (graph.ShareUnits(edge) > 0 || (graph.Control(edge) && result.Regime.CountsControl)))
            .OrderByDescending(graph.ShareUnits);
        foreach (var edge in edgesIn)
        {
            if (paths.Count >= maxPaths)
            {
                return;
            }

            var holding = graph.Edge(edge);
            below.Insert(0, new OwnershipStep(holding.Owner, holding.Owned, holding.Share, holding.Control));
            var owner = graph.Owner(edge);
            if (result.Listed[owner])
            {
                paths.Add(new OwnershipPath(result.Listings[graph.PartyId(owner)], [.. below]));
            }
            else
            {
                Walk(result, owner, below, paths, maxPaths);
            }

            below.RemoveAt(0);
        }
    }
}
