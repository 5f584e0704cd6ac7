using Snapback.Evaluation.Names;
using Snapback.Evaluation.Perturbations;
using Snapback.Evaluation.Tests.Support;

namespace Snapback.Evaluation.Tests.Perturbations;

public sealed class NamePerturbationsTests
{
    private static readonly PersonName Krstic = new(["Radislav"], ["KRSTIC"]);
    private static readonly PersonName Zadachin = new(Some.Words("Andrey Andreevich"), ["ZADACHIN"]);

    [Fact]
    public void MergeGivenAndFamily_MixedCase_GivesGivenThenFamilyInCapitals()
    {
        Assert.Equal("RadislavKRSTIC", NamePerturbations.MergeGivenAndFamily(Krstic, mixedCase: true, new Random(1)));
        Assert.Equal("Andrey AndreevichZADACHIN", NamePerturbations.MergeGivenAndFamily(Zadachin, mixedCase: true, new Random(1)));
    }

    [Fact]
    public void MergeGivenAndFamily_OneCase_GivesOneWordInOneCase()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var merged = NamePerturbations.MergeGivenAndFamily(Krstic, mixedCase: false, new Random(seed));
            Assert.Contains(merged, new[] { "RADISLAVKRSTIC", "radislavkrstic" });
        }
    }

    [Fact]
    public void Initials_GivenNames_BecomeTheirFirstLetters()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            Assert.Contains(NamePerturbations.Initials(Krstic, new Random(seed)), new[] { "R. KRSTIC", "R KRSTIC" });
            Assert.Contains(
                NamePerturbations.Initials(Zadachin, new Random(seed)),
                new[] { "A. A. ZADACHIN", "A A ZADACHIN", "A. Andreevich ZADACHIN", "A Andreevich ZADACHIN" });
        }
    }

    [Fact]
    public void DropMiddleName_ThreeWords_LeavesFirstAndLast()
    {
        Assert.Equal("Andrey ZADACHIN", NamePerturbations.DropMiddleName(Zadachin, new Random(1)));
        Assert.Null(NamePerturbations.DropMiddleName(Krstic, new Random(1)));
    }

    [Fact]
    public void Reorder_AnySeed_PutsTheWordsInAnotherOrder()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var reordered = NamePerturbations.Reorder(Zadachin, new Random(seed))!;
            Assert.NotEqual(Zadachin.Display, reordered);
            Assert.Equal(PlainNames.Key(Zadachin.Display), PlainNames.Key(reordered));
        }
    }

    [Fact]
    public void ChangeCase_AnySeed_ChangesOnlyTheCase()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var changed = NamePerturbations.ChangeCase("Radislav KRSTIC", new Random(seed))!;
            Assert.NotEqual("Radislav KRSTIC", changed);
            Assert.Equal("RADISLAV KRSTIC", changed.ToUpperInvariant());
        }
    }

    [Fact]
    public void RemovePunctuation_HyphenAndApostrophe_AreDroppedOrSpaced()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            Assert.Contains(NamePerturbations.RemovePunctuation("AL-QA'IDA", new Random(seed)), new[] { "ALQAIDA", "AL QAIDA" });
        }

        Assert.Null(NamePerturbations.RemovePunctuation("Radislav KRSTIC", new Random(1)));
    }

    [Fact]
    public void SplitWord_AnySeed_SplitsOneLongWordIntoPartsOfThreeOrMore()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var split = NamePerturbations.SplitWord("Radislav KRSTIC", new Random(seed))!;
            Assert.Equal("RadislavKRSTIC", split.Replace(" ", string.Empty, StringComparison.Ordinal));
            Assert.Equal(3, PlainNames.Tokens(split).Length);
            Assert.All(PlainNames.Tokens(split), static w => Assert.True(w.Length >= 3, w));
        }
    }
}
