using System.Text.Json;
using Snapback.Lists.Model;
using Snapback.Matching.Explanation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Explanation;

public sealed class MatchExplanationTests
{
    [Fact]
    public void Explanation_NamesTokenPairsMethodsAndEvidence()
    {
        var entity = Some.Entity("P1", EntityKind.Person, "PUTIN, Vladimir Vladimirovich", [], static b => b.BirthDates.Add(new BirthDate(1952, 10, 7)));
        var hit = Assert.Single(Some.Screen(entity, new ScreenQuery("Vladimir Putni", BirthDate: "1952")));
        var e = hit.Explanation;
        Assert.Equal("PUTIN, Vladimir Vladimirovich", e.ListedName);
        Assert.Equal(NameType.Primary, e.NameType);
        Assert.Contains(e.Tokens, static t => t is { QueryToken: "Putni", ListedToken: "PUTIN", Method: MatchMethod.Edit, QueryLatin: null, ListedLatin: null });
        Assert.Contains(e.Evidence, static n => n.Kind == EvidenceKind.BirthDate && n.Effect > 0);
        Assert.Contains("Putni->PUTIN", e.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_InitialIsPairedWithTheGivenName()
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", "PUTIN, Vladimir Vladimirovich"), new ScreenQuery("V. Putin")));
        Assert.Contains(hit.Explanation.Tokens, static t => t is { QueryToken: "V", ListedToken: "Vladimir", Method: MatchMethod.Initial });
    }

    [Fact]
    public void Explanation_CyrillicQuery_ShowsTheTokenAsWrittenAndMatchedByTransliteration()
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", "PUTIN, Vladimir Vladimirovich"), new ScreenQuery("Владимир Путин")));
        var tokens = hit.Explanation.Tokens;
        Assert.Contains(tokens, static t => t is { QueryToken: "Владимир", ListedToken: "Vladimir", Method: MatchMethod.Transliteration, QueryLatin: "vladimir" });
        Assert.Contains(tokens, static t => t is { QueryToken: "Путин", ListedToken: "PUTIN", Method: MatchMethod.Transliteration, QueryLatin: "putin" });
        Assert.DoesNotContain(tokens, static t => t.Method == MatchMethod.Exact);
        Assert.Contains("Владимир->Vladimir transliteration", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_ListedTokenInAnotherScript_ShowsItAsWritten()
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", "Владимир Путин"), new ScreenQuery("Vladimir Putin")));
        Assert.Contains(hit.Explanation.Tokens, static t => t is { QueryToken: "Vladimir", ListedToken: "Владимир", Method: MatchMethod.Transliteration, ListedLatin: "vladimir" });
    }

    [Fact]
    public void Explanation_SameScriptOnBothSides_IsExact()
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", "ПУТИН Владимир"), new ScreenQuery("Владимир Путин")));
        Assert.Contains(hit.Explanation.Tokens, static t => t is { QueryToken: "Владимир", ListedToken: "Владимир", Method: MatchMethod.Exact });
        Assert.Contains(hit.Explanation.Tokens, static t => t is { QueryToken: "Путин", ListedToken: "ПУТИН", Method: MatchMethod.Exact });
    }

    [Theory]
    [InlineData("أسامة بن لادن", "Usama BIN LADIN", '\u0600', '\u06FF')]
    [InlineData("Νικόλαος Παππάς", "Nikolaos PAPPAS", '\u0370', '\u03FF')]
    public void Explanation_QueryInAnotherScript_NoTokenIsShownInLatinOrCalledExact(string query, string listed, char first, char last)
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", listed), new ScreenQuery(query)));
        foreach (var t in hit.Explanation.Tokens.Where(static t => t.QueryToken is not null))
        {
            Assert.All(t.QueryToken!.Where(char.IsLetter), c => Assert.InRange(c, first, last));
            Assert.NotEqual(MatchMethod.Exact, t.Method);
            Assert.NotNull(t.QueryLatin);
        }
    }

    [Theory]
    [InlineData("Mohammed Hamza Zoubaidi", "Muhammad Hamza Zubaidi", "\"Method\":\"Equivalence\"")]
    [InlineData("PUTIN, Vladimir Vladimirovich", "Владимир Путин", "\"QueryLatin\":\"vladimir\"")]
    public void Explanation_RoundTripsThroughSystemTextJson(string listed, string query, string fragment)
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", listed), new ScreenQuery(query)));
        var json = JsonSerializer.Serialize(hit.Explanation);
        Assert.Contains(fragment, json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<MatchExplanation>(json);
        Assert.NotNull(back);
        Assert.Equal(hit.Explanation.Summary, back.Summary);
        Assert.Equal(hit.Explanation.Tokens, back.Tokens);
    }
}
