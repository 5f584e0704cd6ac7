using Snapback.Evaluation.Keyboard;
using Snapback.Evaluation.Names;
using Snapback.Evaluation.Perturbations;

namespace Snapback.Evaluation.Tests.Perturbations;

public sealed class TyposTests
{
    private const string Name = "Andrey Andreevich ZADACHIN";

    [Fact]
    public void OneEdit_AnySeed_ChangesOneWordByOneEdit() => AssertEdits(Typos.OneEdit, [1]);

    [Fact]
    public void TwoEditsInOneWord_AnySeed_ChangesOneWordByTwoEdits() => AssertEdits(Typos.TwoEditsInOneWord, [2]);

    [Fact]
    public void OneEditInEachOfTwoWords_AnySeed_ChangesTwoWordsByOneEditEach() => AssertEdits(Typos.OneEditInEachOfTwoWords, [1, 1]);

    [Fact]
    public void OneEdit_OnlyShortWords_IsNull() => Assert.Null(Typos.OneEdit("KIM IL", new Random(1)));

    private static void AssertEdits(Func<string, Random, string?> typo, int[] expected)
    {
        var words = PlainNames.Tokens(Name);
        for (var seed = 0; seed < 200; seed++)
        {
            var typed = PlainNames.Tokens(typo(Name, new Random(seed))!);
            Assert.Equal(words.Length, typed.Length);
            var distances = words.Zip(typed, static (a, b) => EditDistance.Between(a.ToLowerInvariant(), b.ToLowerInvariant()))
                .Where(static d => d > 0);
            Assert.Equal(expected, distances);
        }
    }
}
