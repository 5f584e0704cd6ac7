using Snapback.Evaluation.Deck;
using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Index;

public sealed class MatchIndexTests
{
    [Fact]
    public void Build_DerivedCorpus_IndexesEveryEntity()
    {
        var lines = DerivedCorpus.Entities.Count;
        Assert.Equal(lines, DerivedCorpus.Index.EntityCount);
        var first = DerivedCorpus.Entities[0];
        Assert.Same(first, DerivedCorpus.Index.Find(first.Id));
        Assert.Null(DerivedCorpus.Index.Find("no-such-id"));
    }

    [Fact]
    public void Screen_SampleOfQueries_GivesTheSameHitsAsBruteForce()
    {
        var sample = DerivedCorpus.Entities.Where(static (_, i) => i % 4 == 0).ToList();
        var index = MatchIndex.Build(sample);
        var brute = BruteForceMatcher.Build(sample);
        var queries = EvaluationDeck.Build(sample, new DeckOptions(Seed: 7, PerCategory: 12)).Cases
            .Select(static c => new ScreenQuery(c.Query));
        var options = MatchOptions.Default;
        foreach (var query in queries)
        {
            var expected = brute.Screen(query, options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            var actual = index.Screen(query, options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{query.Name}: brute {string.Join(',', expected)} index {string.Join(',', actual)}");
        }
    }

    [Fact]
    public void Screen_CommonShortAndParticleTokens_GiveTheSameHitsAsBruteForce()
    {
        // Queries the candidate bound prunes hardest: common tokens, particles and short keys an edit pairs with longer tokens
        // ("Abu" / "Aboud"), a one-consonant abjad token ("علي" / "Ali"), adjacent-pair keys ("Abdulrahman" / "Abdul Rahman").
        var brute = BruteForceMatcher.Build(DerivedCorpus.Entities);
        string[] queries =
        [
            "Abd Vladimirovich", "Ali Vladimirovich", "Mohamed Aleksandrovich", "Abu Yasin", "Abu Yassin", "علي وانوس", "Alexander Ahmad",
            "S. 'Abd Al-Rahman 'Abd Al-Nabi", "Abdulrahman Mustafa", "Abdul Rahman Mustafa", "Bin Laden Usama",
        ];
        var options = MatchOptions.Default with { Threshold = 0.75 };
        foreach (var query in queries)
        {
            var expected = brute.Screen(new ScreenQuery(query), options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            var actual = DerivedCorpus.Index.Screen(new ScreenQuery(query), options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{query}: brute {string.Join(',', expected)} index {string.Join(',', actual)}");
        }
    }

    [Fact]
    public void Screen_ArabicWordsWrittenTogetherOrApart_GiveTheSameHitsAsBruteForce()
    {
        // Two Arabic words that Latin listings write as one (عبد الله / ABDALLAH, عبد القادر / ABDELKADER, أبو بكر / ABUBAKAR),
        // one Arabic word that they write as two (عبدالكريم / Abd Al-Karim), and Latin words run together (SAQRRUSTOM).
        string[] queries =
        [
            "عبد الله حافظ", "رمضان عبد الله", "عبد القادر محمد البغدادي", "صلاح الدين محمد", "أبو بكر محمد",
            "محمد عبدالكريم الغماري", "عبدالرحمن احمد", "عبد الحق حسن", "SAQRRUSTOM", "ALEXANDERVOLFOVICH",
        ];
        var options = MatchOptions.Default with { Threshold = 0.7 };
        foreach (var query in queries)
        {
            var expected = BundledLists.BruteForce.Screen(new ScreenQuery(query), options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            var actual = BundledLists.Index.Screen(new ScreenQuery(query), options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            Assert.NotEmpty(actual);
            Assert.True(expected.SequenceEqual(actual), $"{query}: brute {string.Join(',', expected)} index {string.Join(',', actual)}");
        }
    }

    [Theory]
    [InlineData('x')]
    [InlineData('\0')]
    public void Screen_LetterTypedForTheSpace_FindsTheListedName(char typed)
    {
        // "ZouhairxKHAZIM" for "Zouhair KHAZIM"; '\0' stands for the first name's last letter typed twice ("ZouhairrKHAZIM").
        var brute = BruteForceMatcher.Build(DerivedCorpus.Entities);
        var twoWordNames = DerivedCorpus.Entities
            .Select(static e => (Entity: e, Words: e.PrimaryName.Split(' ')))
            .Where(static p => p.Words.Length == 2 && p.Words.All(static w => w.Length >= 5 && w.All(char.IsAsciiLetter)))
            .Take(25)
            .ToList();
        Assert.NotEmpty(twoWordNames);
        foreach (var (entity, words) in twoWordNames)
        {
            var query = new ScreenQuery(string.Concat(words[0], typed == '\0' ? words[0][^1].ToString() : typed.ToString(), words[1]));
            var expected = brute.Screen(query, MatchOptions.Default).Select(static h => (h.Entity.Id, h.Score)).ToList();
            var actual = DerivedCorpus.Index.Screen(query, MatchOptions.Default).Select(static h => (h.Entity.Id, h.Score)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{query.Name}: brute {string.Join(',', expected)} index {string.Join(',', actual)}");
            Assert.Contains(actual, h => h.Id == entity.Id);
        }
    }

    [Fact]
    public void Screen_ConcurrentCalls_GiveTheSameResultsAsSequentialOnes()
    {
        var queries = DerivedCorpus.Entities.Take(200).Select(static e => new ScreenQuery(e.PrimaryName)).ToList();
        var sequential = queries.Select(q => DerivedCorpus.Index.Screen(q, MatchOptions.Default).Select(static h => h.Entity.Id).ToList()).ToList();
        var parallel = new List<string>[queries.Count];
        Parallel.For(0, queries.Count, i => parallel[i] = [.. DerivedCorpus.Index.Screen(queries[i], MatchOptions.Default).Select(static h => h.Entity.Id)]);
        for (var i = 0; i < queries.Count; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Theory]
    [InlineData("Mohammed")]
    [InlineData("Ali")]
    [InlineData("Abdul")]
    public void Screen_ShortCommonSingleToken_DoesNotFlood(string query) =>
        Assert.True(DerivedCorpus.Index.Screen(new ScreenQuery(query), MatchOptions.Default).Count <= 3);

    [Fact]
    public void Screen_OnlyCommonTokens_HitOnlyNamesWithNothingElse()
    {
        // "Mohammed Ali" is listed as such (aliases); names that hold both common tokens and more need more evidence.
        var hits = DerivedCorpus.Index.Screen(new ScreenQuery("Mohammed Ali"), MatchOptions.Default);
        Assert.NotEmpty(hits);
        Assert.All(hits, static h => Assert.DoesNotContain(
            h.Explanation.Tokens,
            static t => t.Method == Snapback.Matching.Explanation.MatchMethod.Unmatched && t.ListedToken is { Length: > 3 }));
    }

    [Fact]
    public void Screen_MaxHits_LimitsTheResult() =>
        Assert.True(DerivedCorpus.Index.Screen(new ScreenQuery("Al-Tikriti"), MatchOptions.Default with { MaxHits = 2, Threshold = 0.3 }).Count <= 2);
}
