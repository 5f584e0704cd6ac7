using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Normalization;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("PUTIN, Vladimir", "Vladimir Putin")]
    [InlineData("nicolás maduro", "NICOLAS MADURO")]
    [InlineData("Mus’ab Mustafa", "Musab Mustafa")]
    [InlineData("AL-QA'IDA", "al qaida")]
    [InlineData("Jean-Marie  Le Pen", "jean marie le pen")]
    [InlineData("Mr. John Smith", "John Smith")]
    [InlineData("Sheikh Haji Abdul Karim", "Abdul Karim")]
    public void Screen_CasePunctuationDiacriticsHonorificsAndOrder_StillMatch(string query, string listed)
    {
        var hits = Some.Screen(Some.Person("P1", listed), new ScreenQuery(query));
        Assert.Single(hits);
        Assert.True(hits[0].Score >= 0.9, $"{hits[0].Score}");
    }

    [Theory]
    [InlineData("Abdulrahman Ali Kareem", "Abdul Rahman Ali Kareem")]
    [InlineData("Ramimakhlouf", "Rami Makhlouf")]
    [InlineData("Good Will Trading", "Goodwill Trading")]
    public void Screen_MergedOrSplitTokens_Match(string query, string listed)
    {
        var hits = Some.Screen(Some.Person("P1", listed), new ScreenQuery(query));
        Assert.Single(hits);
        Assert.Contains(hits[0].Explanation.Tokens, static t => t.Method == Snapback.Matching.Explanation.MatchMethod.Merged);
    }

    [Theory]
    [InlineData("Vladimr Putin")]
    [InlineData("Vladimir Putni")]
    [InlineData("Wladimir Putin")]
    public void Screen_OneTypoInALongerToken_Matches(string query) =>
        Assert.Single(Some.Screen(Some.Person("P1", "Vladimir Putin"), new ScreenQuery(query)));

    [Theory]
    [InlineData("Ivan Lee", "Ivan Lea")]
    [InlineData("John Doe", "John Dow")]
    public void Screen_EditInAVeryShortToken_DoesNotMatch(string query, string listed) =>
        Assert.Empty(Some.Screen(Some.Person("P1", listed), new ScreenQuery(query)));
}
