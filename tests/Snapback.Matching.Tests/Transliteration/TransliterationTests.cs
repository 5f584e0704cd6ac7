using Snapback.Matching.Explanation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Transliteration;

public sealed class TransliterationTests
{
    [Fact]
    public void Screen_CyrillicSurname_FindsLatinListing()
    {
        var hits = Some.Screen(Some.Person("P1", "Putin"), new ScreenQuery("Путин"));
        Assert.Equal("P1", Assert.Single(hits).Entity.Id);
    }

    [Fact]
    public void Screen_CyrillicFullNameWithPatronymic_FindsInvertedLatinListing()
    {
        var hits = Some.Screen(Some.Person("P1", "PUTIN, Vladimir Vladimirovich"), new ScreenQuery("Владимир Владимирович Путин"));
        Assert.True(Assert.Single(hits).Score >= 0.9);
    }

    [Fact]
    public void Screen_LatinQuery_FindsCyrillicListing()
    {
        var hits = Some.Screen(Some.Person("P1", "Сергей Викторович Лавров"), new ScreenQuery("Sergey Lavrov"));
        Assert.Single(hits);
    }

    [Fact]
    public void Screen_ArabicMuhammad_FindsMohammed()
    {
        var hits = Some.Screen(Some.Person("P1", "Mohammed Ali"), new ScreenQuery("محمد علي"));
        Assert.Single(hits);
        Assert.Contains(hits[0].Explanation.Tokens, static t => t.Method == MatchMethod.Transliteration);
    }

    [Fact]
    public void Screen_GreekQuery_FindsLatinListing() =>
        Assert.Single(Some.Screen(Some.Person("P1", "Nikolaos Papadopoulos"), new ScreenQuery("Νικόλαος Παπαδόπουλος")));

    [Fact]
    public void Screen_HebrewQuery_FindsLatinListing() =>
        Assert.Single(Some.Screen(Some.Person("P1", "Moshe Levi"), new ScreenQuery("משה לוי")));

    [Theory]
    [InlineData("Yevgeny Prigozhin", "Evgeniy Prigozhin")]
    [InlineData("Jewgeni Prigoschin", "Yevgeny Prigozhin")]
    [InlineData("Muhammad Zubaidi", "Mohamed Zubaidi")]
    [InlineData("Hossein Dehghan", "Husain Dehghan")]
    [InlineData("Hussein Dehghan", "Husain Dehghan")]
    [InlineData("Khaled Mashal", "Haled Mashal")]
    [InlineData("Mariya Zakharova", "Maria Zakharova")]
    [InlineData("el-Tikriti Barzan", "Barzan al-Tikriti")]
    public void Screen_RomanizationVariants_AreTheSameName(string query, string listed) =>
        Assert.Single(Some.Screen(Some.Person("P1", listed), new ScreenQuery(query)));

    [Fact]
    public void Screen_RealEuEntriesByLatinName_FindTheirCyrillicAndGreekAliasesAndViceVersa()
    {
        var index = DerivedCorpus.Index;
        var withNative = DerivedCorpus.Entities
            .Where(static e => e.Kind == Lists.Model.EntityKind.Person
                && e.Names.Any(static n => n.Full.Any(static c => c is >= '\u0400' and <= '\u04FF' or >= '\u0370' and <= '\u03FF')))
            .Take(150)
            .ToList();
        Assert.NotEmpty(withNative);
        var misses = new List<string>();
        foreach (var entity in withNative)
        {
            var native = entity.Names.First(static n => n.Full.Any(static c => c is >= '\u0400' and <= '\u04FF' or >= '\u0370' and <= '\u03FF'));
            var latin = entity.Names.First(static n => n.Full.All(static c => c < '\u0250'));
            foreach (var query in new[] { native.Full, latin.Full })
            {
                if (!index.Screen(new ScreenQuery(query), MatchOptions.Default).Any(h => h.Entity.Id == entity.Id))
                {
                    misses.Add(query);
                }
            }
        }

        Assert.True(misses.Count <= withNative.Count / 50, string.Join("; ", misses));
    }
}
