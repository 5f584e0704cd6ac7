using Snapback.Matching.Explanation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Names;

/// <summary>
/// The letter masks only pass over pairs that cannot be within the edits allowed: pairs at the edge of what a whole edit changes
/// in the consonants, and of what vowel changes and swaps leave alone, are still compared and paired.
/// </summary>
public sealed class LetterMaskTests
{
    [Theory]
    // Two consonants replaced: four consonant letters differ, the most two whole edits can change.
    [InlineData("Ivan KARBOFICH", "KARPOVICH", 2.0)]
    // A consonant replaced and a vowel changed.
    [InlineData("Ivan KARBOVECH", "KARPOVICH", 1.6)]
    // Neighbours swapped: no letter differs.
    [InlineData("Ivan KARPOVIHC", "KARPOVICH", 0.7)]
    // A vowel dropped: one vowel letter may differ, no consonant.
    [InlineData("Ivan KARPOVCH", "KARPOVICH", 1.0)]
    public void Screen_TokenAtTheEdgeOfTheMask_IsPairedByItsEdits(string query, string listedToken, double edits)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", "KARPOVICH, Ivan")]);

        var hits = matcher.Screen(new ScreenQuery(query), MatchOptions.Default with { Threshold = 0.5 });

        var hit = Assert.Single(hits);
        var pair = Assert.Single(hit.Explanation.Tokens, t => t.ListedToken == listedToken);
        Assert.Equal(MatchMethod.Edit, pair.Method);
        Assert.Equal(edits, pair.Edits, 3);
    }

    [Theory]
    // Two consonants replaced in a long word: two edits, the most any pair is allowed.
    [InlineData("Ivan KARBOFICH")]
    // A consonant replaced and a vowel changed.
    [InlineData("Ivan KARBOVECH")]
    // Neighbours swapped.
    [InlineData("Ivan KARPOVIHC")]
    public void IndexScreen_TokenAtTheEdgeOfTheMask_IsFoundAsBruteForceFindsIt(string query)
    {
        // The index passes over proposed pairs by their masks before comparing them (TokenSimilarity.CannotPair).
        var entities = new[] { Some.Person("p1", "KARPOVICH, Ivan"), Some.Person("p2", "KARPOVICH, Oleg") };
        var options = MatchOptions.Default with { Threshold = 0.5 };

        var indexed = MatchIndex.Build(entities).Screen(new ScreenQuery(query), options);
        var brute = BruteForceMatcher.Build(entities).Screen(new ScreenQuery(query), options);

        Assert.Contains(brute, static h => h.Entity.Id == "p1");
        Assert.Equal(brute.Select(static h => (h.Entity.Id, h.Score)), indexed.Select(static h => (h.Entity.Id, h.Score)));
    }

    [Fact]
    public void Screen_ThreeConsonantsReplaced_LeavesTheTokenUnpaired()
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", "KARPOVICH, Ivan")]);

        var hits = matcher.Screen(new ScreenQuery("Ivan KARBOFIJH"), MatchOptions.Default with { Threshold = 0.3 });

        Assert.DoesNotContain(hits.SelectMany(static h => h.Explanation.Tokens), static t => t.ListedToken == "KARPOVICH" && t.Method != MatchMethod.Unmatched);
    }
}
