using Snapback.Matching.Explanation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Scoring;

/// <summary>Names written together, apart or with misspelt legal forms, screened against the bundled lists.</summary>
public sealed class NameScorerTests
{
    [Theory]
    [InlineData("RadislavKRSTIC", "ofac:7713")]
    [InlineData("RADISLAVKRSTIC", "ofac:7713")]
    [InlineData("radislavkrstic", "ofac:7713")]
    [InlineData("KRSTICRADISLAV", "ofac:7713")]
    [InlineData("ALQAIDA", "ofac:6366")]
    [InlineData("AL QA IDA", "ofac:6366")]
    [InlineData("Ibrahim Awwad IbrahimALI AL-BADRI", "ofac:12926")]
    public void Screen_TokensRunTogetherOrApart_FindTheListing(string query, string expected)
    {
        var hits = BundledLists.Index.Screen(new ScreenQuery(query), MatchOptions.Default);
        Assert.Contains(hits, h => h.Entity.Id == expected);
    }

    [Fact]
    public void Screen_GivenAndFamilyNameRunTogether_ExplainsTheMerge()
    {
        var hit = Assert.Single(BundledLists.Index.Screen(new ScreenQuery("RADISLAVKRSTIC"), MatchOptions.Default), h => h.Entity.Id == "ofac:7713");
        var merged = Assert.Single(hit.Explanation.Tokens, t => t.Method == MatchMethod.Merged);
        Assert.Equal("RADISLAVKRSTIC", merged.QueryToken);
        Assert.Equal("Radislav KRSTIC", merged.ListedToken);
    }

    [Theory]
    [InlineData("LMITED LIABILITY COMPANY VERUS")]
    [InlineData("LIMITED LIABILITY COMPNAY VERUS")]
    [InlineData("VERUS LYMITED")]
    [InlineData("JOIOT STOCK COMPANY VERUS")]
    public void Screen_MisspeltLegalForm_IsTakenOutLikeTheSpeltOne(string query)
    {
        var spelt = BundledLists.Index.Screen(new ScreenQuery("LIMITED LIABILITY COMPANY VERUS"), MatchOptions.Default);
        var misspelt = BundledLists.Index.Screen(new ScreenQuery(query), MatchOptions.Default);
        Assert.NotEmpty(spelt);
        Assert.Equal(spelt[0].Entity.Id, misspelt[0].Entity.Id);
        Assert.True(misspelt[0].Score >= 0.9, $"{query}: {misspelt[0].Explanation.Summary}");
    }

    [Theory]
    [InlineData("Radislov KRSTIK")]
    [InlineData("Radsilav KRISTIC")]
    public void Screen_OneEditInEachOfTwoTokens_StillFindsTheListing(string query) =>
        Assert.Contains(BundledLists.Index.Screen(new ScreenQuery(query), MatchOptions.Default), h => h.Entity.Id == "ofac:7713");
}
