using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Screen;

public sealed class ScreeningServiceTests
{
    [Fact]
    public void Screen_BeforeAnyLoad_SaysListsAreMissing()
    {
        var service = new ScreeningService();
        Assert.False(service.IsReady);
        var error = Assert.Throws<InvalidOperationException>(() => service.Screen(new PartyRequest("1", "Anyone")));
        Assert.Contains("No lists are loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AtAHitsReportedScore_StillReturnsThatHit()
    {
        // Given names cut to initials and a letter dropped give scores all over the range, to the last decimal reported.
        var service = RealLists.Service();
        var queries = RealLists.Entities.Where(static e => e.Kind == EntityKind.Person).Take(300)
            .SelectMany(static e => new[] { Initials(e.PrimaryName), e.PrimaryName.Remove(e.PrimaryName.Length / 2, 1) })
            .ToList();
        var checkedHits = 0;
        foreach (var query in queries)
        {
            foreach (var hit in service.Screen(new PartyRequest("q", query), 0.5).Hits)
            {
                var again = service.Screen(new PartyRequest("q", query), hit.Score).Hits;
                Assert.Contains(again, h => h.EntityId == hit.EntityId && h.Score == hit.Score);
                checkedHits++;
            }
        }

        Assert.True(checkedHits > 300, $"only {checkedHits} hits were checked");

        static string Initials(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Select((w, i) => i < words.Length - 1 && w.Length > 1 ? w[..1] : w));
        }
    }

    [Fact]
    public void Screen_ListedUnPerson_ReturnsEntityIdKindListAndExplanation()
    {
        var listed = RealLists.Entities.First(e => e.Id.StartsWith("un:", StringComparison.Ordinal) && e.Kind == EntityKind.Person);
        var result = RealLists.Service().Screen(new PartyRequest("c-1", listed.PrimaryName, "person"));

        Assert.Null(result.Error);
        Assert.Equal("c-1", result.Id);
        var hit = Assert.Single(result.Hits, h => h.EntityId == listed.Id);
        Assert.Equal("person", hit.Kind);
        Assert.Contains("UN Security Council Consolidated", hit.Lists);
        Assert.Equal(listed.PrimaryName, hit.Explanation.ListedName);
        Assert.NotEmpty(hit.Explanation.Tokens);
        Assert.InRange(hit.Score, MatchOptions.DefaultThreshold, 1.0);
    }

    [Theory]
    [InlineData(null, "name: required")]
    [InlineData("  ", "name: required")]
    public void Screen_MissingName_ReportsTheField(string? name, string expected)
    {
        var result = RealLists.Service().Screen(new PartyRequest("x", name));
        Assert.Equal(expected, result.Error);
        Assert.Empty(result.Hits);
    }

    [Theory]
    [InlineData("robot", null, null, "kind:")]
    [InlineData(null, "07/10/1952", null, "birth_date:")]
    [InlineData(null, "1952-13-01", null, "birth_date:")]
    [InlineData(null, null, "Atlantis", "country:")]
    public void Screen_BadField_NamesIt(string? kind, string? birthDate, string? country, string field)
    {
        var result = RealLists.Service().Screen(new PartyRequest("x", "Some Name", kind, birthDate, country));
        Assert.StartsWith(field, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ThresholdOutOfRange_IsAnError()
    {
        var result = RealLists.Service().Screen(new PartyRequest("x", "Some Name"), threshold: 1.5);
        Assert.StartsWith("threshold:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Swap_ReplacesTheIndexForLaterScreens()
    {
        var service = RealLists.Service();
        var listed = RealLists.Entities.First(e => e.Kind == EntityKind.Organization);
        Assert.Contains(service.Screen(new PartyRequest("1", listed.PrimaryName)).Hits, h => h.EntityId == listed.Id);

        service.Swap(new LoadedLists(MatchIndex.Build([]), Array.Empty<ListSnapshot>(), DateTimeOffset.UnixEpoch));

        Assert.Empty(service.Screen(new PartyRequest("1", listed.PrimaryName)).Hits);
    }
}
