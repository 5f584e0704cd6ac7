using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Index;

/// <summary>An index of some entities scores every query as the whole index does, so its hits are the whole index's hits on them.</summary>
public sealed class MatchIndexSubsetTests
{
    [Fact]
    public void Subset_GeneratedQueries_GiveTheWholeIndexsHitsOnThoseEntitiesWithTheSameScores()
    {
        var kept = BundledLists.Entities.Where(static (_, i) => i % 9 == 0).Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        var subset = BundledLists.Index.Subset(e => kept.Contains(e.Id));
        var options = new MatchOptions { Threshold = 0.7, MaxHits = int.MaxValue };
        var hits = 0;

        foreach (var (_, query) in new QueryPerturber(BundledLists.Entities, seed: 20261202).Generate(3_000))
        {
            var expected = BundledLists.Index.Screen(query, options).Where(h => kept.Contains(h.Entity.Id))
                .Select(static h => (h.Entity.Id, h.Score, h.MatchedName)).ToList();
            var actual = subset.Screen(query, options).Select(static h => (h.Entity.Id, h.Score, h.MatchedName)).ToList();

            Assert.Equal(expected, actual);
            hits += actual.Count;
        }

        Assert.Equal(BundledLists.Entities.Count(e => kept.Contains(e.Id)), subset.EntityCount);
        Assert.True(hits > 100, $"only {hits} hits: the queries do not exercise the subset");
    }
}
