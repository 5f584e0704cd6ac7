using Snapback.Evaluation.Deck;
using Snapback.Evaluation.Names;
using Snapback.Evaluation.Tests.Support;

namespace Snapback.Evaluation.Tests.Deck;

public sealed class EvaluationDeckTests
{
    private static readonly Lazy<EvaluationDeck> Bundled = new(static () => EvaluationDeck.Build(ListedData.Bundled, new DeckOptions()));

    [Fact]
    public void Build_SameSeedAndEntitiesInAnyOrder_GiveTheSameDeck()
    {
        var sample = ListedData.Bundled.Where(static (_, i) => i % 10 == 0).ToList();
        var first = EvaluationDeck.Build(sample, new DeckOptions(Seed: 5, PerCategory: 40));
        var again = EvaluationDeck.Build(sample.AsEnumerable().Reverse(), new DeckOptions(Seed: 5, PerCategory: 40));
        var other = EvaluationDeck.Build(sample, new DeckOptions(Seed: 6, PerCategory: 40));
        Assert.Equal(first.Cases, again.Cases);
        var aliasesReversed = sample.Select(static e => e with { Names = [e.Names[0], .. e.Names.Skip(1).Reverse()] });
        Assert.Equal(first.Cases, EvaluationDeck.Build(aliasesReversed, new DeckOptions(Seed: 5, PerCategory: 40)).Cases);
        Assert.NotEqual(first.Cases.Select(static c => c.Query), other.Cases.Select(static c => c.Query));
    }

    [Fact]
    public void Build_BundledLists_FillsTheCategoriesTheListsHaveNamesFor()
    {
        var counts = Bundled.Value.Cases.GroupBy(static c => c.Category).ToDictionary(static g => g.Key, static g => g.Count());
        foreach (var category in DeckCategories.All)
        {
            var count = counts.GetValueOrDefault(category.Name);
            TestContext.Current.TestOutputHelper?.WriteLine($"{category.Name}: {count}");
            if (category != DeckCategories.GreekNative && category != DeckCategories.ArabicRomanised)
            {
                Assert.True(count >= 2 * 190, $"{category.Name}: {count}");
            }
        }

        Assert.True(Bundled.Value.Cases.Length >= 9000, $"{Bundled.Value.Cases.Length} queries");
    }

    [Fact]
    public void Build_EachCategory_IsSplitInTwoHalves()
    {
        foreach (var category in Bundled.Value.Cases.GroupBy(static c => c.Category))
        {
            Assert.Equal(category.Count() / 2, category.Count(static c => c.Tuning));
        }
    }

    [Fact]
    public void Build_Positives_AreNeverAnIndexedNameAsWrittenAndNameTheirEntity()
    {
        // Ids repeat across lists (an OFAC entry on both the SDN and the non-SDN list), so an id stands for all its entries.
        var crossScript = DeckCategories.All.Where(static c => c.Withheld).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var listed = Bundled.Value.Entities.ToLookup(static e => e.Id, StringComparer.Ordinal);
        var withheld = Bundled.Value.WithheldEntities.ToLookup(static e => e.Id, StringComparer.Ordinal);
        foreach (var c in Bundled.Value.Cases.Where(static c => c.IsPositive))
        {
            var entities = (crossScript.Contains(c.Category) ? withheld : listed)[c.ExpectedId!].ToList();
            Assert.NotEmpty(entities);
            Assert.DoesNotContain(entities.SelectMany(static e => e.Names), n => n.Full.Trim() == c.Query);
        }
    }

    [Fact]
    public void Build_CrossScriptQueries_TheirEntitiesKeepOnlyLatinNamesInTheWithheldLists()
    {
        var crossScript = DeckCategories.All.Where(static c => c.Withheld).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var withheld = Bundled.Value.WithheldEntities.ToLookup(static e => e.Id, StringComparer.Ordinal);
        var listed = Bundled.Value.Entities.ToLookup(static e => e.Id, StringComparer.Ordinal);
        foreach (var c in Bundled.Value.Cases.Where(c => crossScript.Contains(c.Category)))
        {
            var names = withheld[c.ExpectedId!].SelectMany(static e => e.Names).ToList();
            Assert.NotEmpty(names);
            Assert.All(names, static n => Assert.Equal(Script.Latin, Scripts.Of(n.Full)));
            var latin = listed[c.ExpectedId!].SelectMany(static e => e.Names).Count(static n => Scripts.Of(n.Full) == Script.Latin);
            Assert.Equal(latin, names.Count);
        }

        Assert.Equal(Bundled.Value.Entities.Length, Bundled.Value.WithheldEntities.Length);
    }

    [Fact]
    public void Build_Negatives_AreNoListedName()
    {
        var listed = Bundled.Value.Entities.SelectMany(static e => e.Names).Select(static n => PlainNames.Key(n.Full))
            .ToHashSet(StringComparer.Ordinal);
        var negatives = Bundled.Value.Cases.Where(static c => !c.IsPositive).ToList();
        Assert.NotEmpty(negatives);
        Assert.All(negatives, c => Assert.DoesNotContain(PlainNames.Key(c.Query), listed));
        Assert.All(negatives, static c => Assert.Null(c.Source));
    }
}
