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
        Assert.Contains(e.Tokens, static t => t is { QueryToken: "putni", ListedToken: "putin", Method: MatchMethod.Edit });
        Assert.Contains(e.Evidence, static n => n.Kind == EvidenceKind.BirthDate && n.Effect > 0);
        Assert.Contains("putni->putin", e.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_InitialIsPairedWithTheGivenName()
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", "PUTIN, Vladimir Vladimirovich"), new ScreenQuery("V. Putin")));
        Assert.Contains(hit.Explanation.Tokens, static t => t is { QueryToken: "v", ListedToken: "vladimir", Method: MatchMethod.Initial });
    }

    [Fact]
    public void Explanation_RoundTripsThroughSystemTextJson()
    {
        var hit = Assert.Single(Some.Screen(Some.Person("P1", "Mohammed Hamza Zoubaidi"), new ScreenQuery("Muhammad Hamza Zubaidi")));
        var json = JsonSerializer.Serialize(hit.Explanation);
        Assert.Contains("\"Equivalence\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<MatchExplanation>(json);
        Assert.NotNull(back);
        Assert.Equal(hit.Explanation.Summary, back.Summary);
        Assert.Equal(hit.Explanation.Tokens.Length, back.Tokens.Length);
    }
}
