using Snapback.Lists.Model;
using Snapback.Matching.Explanation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Scoring;

public sealed class EvidenceScorerTests
{
    private static readonly ListedEntity Putin = Some.Entity("P1", EntityKind.Person, "Vladimir Vladimirovich Putin", [], static b =>
    {
        b.BirthDates.Add(new BirthDate(1952, 10, 7));
        b.Nationalities.Add("RU");
        b.Identifiers.Add(new Identifier(IdentifierType.Passport, "AB 123-4567"));
    });

    private static double Score(ScreenQuery query, double threshold = 0) =>
        MatchIndex.Build([Putin]).Screen(query, MatchOptions.Default with { Threshold = threshold }).SingleOrDefault()?.Score ?? 0;

    [Fact]
    public void Screen_SameBirthDate_RaisesTheScore() =>
        Assert.True(Score(new ScreenQuery("Vladimir Putn", BirthDate: "1952-10-07")) > Score(new ScreenQuery("Vladimir Putn")));

    [Theory]
    [InlineData("1952-07-10")]
    [InlineData("1953")]
    [InlineData("1951-10")]
    public void Screen_DayMonthSwapOrYearOff_IsTolerated(string birth) =>
        Assert.True(Score(new ScreenQuery("Vladimir Putn", BirthDate: birth)) >= Score(new ScreenQuery("Vladimir Putn")));

    [Fact]
    public void Screen_ClearlyDifferentBirthYear_LowersTheScoreBelowTheThreshold()
    {
        Assert.True(Score(new ScreenQuery("Vladimir Putin", BirthDate: "1962-01-01")) < Score(new ScreenQuery("Vladimir Putin")));
        Assert.Equal(0, Score(new ScreenQuery("Vladimir Putin", BirthDate: "1972"), MatchOptions.DefaultThreshold));
    }

    [Fact]
    public void Screen_CountryAmongNationalities_RaisesAndOtherCountryLowers()
    {
        var none = Score(new ScreenQuery("Vladimir Putn"));
        Assert.True(Score(new ScreenQuery("Vladimir Putn", Country: "ru")) > none);
        Assert.True(Score(new ScreenQuery("Vladimir Putn", Country: "PA")) < none);
    }

    [Fact]
    public void Screen_DifferentKind_LowersTheScore() =>
        Assert.True(Score(new ScreenQuery("Vladimir Putin", EntityKind.Vessel)) < Score(new ScreenQuery("Vladimir Putin", EntityKind.Person)));

    [Fact]
    public void Screen_EqualIdentifierWrittenDifferently_IsDecisiveWhateverTheName()
    {
        var hits = MatchIndex.Build([Putin]).Screen(new ScreenQuery("Someone Else", Identifiers: [new QueryIdentifier("ab1234567")]), MatchOptions.Default);
        var hit = Assert.Single(hits);
        Assert.Contains(hit.Explanation.Evidence, static e => e.Kind == EvidenceKind.Identifier && e.Effect > 0);
    }

    [Fact]
    public void Screen_ImoWithPrefix_MatchesBareNumber()
    {
        var vessel = Some.Entity("V1", EntityKind.Vessel, "NS LEADER", [], static b => b.Identifiers.Add(new Identifier(IdentifierType.Imo, "9339301")));
        var hits = MatchIndex.Build([vessel]).Screen(new ScreenQuery("Sea Transporter", Identifiers: [new QueryIdentifier("IMO 9339301", IdentifierType.Imo)]), MatchOptions.Default);
        Assert.Single(hits);
    }

    [Fact]
    public void Screen_WeakAlias_CountsLessThanAStrongOne()
    {
        var weak = Some.Entity("P2", EntityKind.Person, "Ivan Petrov", [], static b => b.AddName(new EntityName("Abu Hamza", NameType.WeakAlias)));
        var strong = Some.Entity("P3", EntityKind.Person, "Ivan Petrov", ["Abu Hamza"]);
        var query = new ScreenQuery("Abu Hamza");
        var options = MatchOptions.Default with { Threshold = 0 };
        Assert.True(MatchIndex.Build([weak]).Screen(query, options)[0].Score < MatchIndex.Build([strong]).Screen(query, options)[0].Score);
    }
}
