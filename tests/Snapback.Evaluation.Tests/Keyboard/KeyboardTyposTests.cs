using Snapback.Evaluation.Keyboard;

namespace Snapback.Evaluation.Tests.Keyboard;

public sealed class KeyboardTyposTests
{
    [Theory]
    [InlineData(TypoKind.Drop, 1, "LMITED")]
    [InlineData(TypoKind.Double, 2, "LIMMITED")]
    [InlineData(TypoKind.Transpose, 1, "LMIITED")]
    public void Apply_Slip_GivesTheMisspelling(TypoKind kind, int at, string expected) =>
        Assert.Equal(expected, KeyboardTypos.Apply("LIMITED", kind, at, new Random(1)));

    [Fact]
    public void Apply_Substitute_TakesANeighbouringKeyInTheSameCase()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var typed = KeyboardTypos.Apply("Krstic", TypoKind.Substitute, 0, new Random(seed))!;
            Assert.Contains(char.ToLowerInvariant(typed[0]), QwertyLayout.Neighbours('k'));
            Assert.True(char.IsUpper(typed[0]));
            Assert.Equal("rstic", typed[1..]);
        }
    }

    [Theory]
    [InlineData(TypoKind.Transpose, 1)]
    [InlineData(TypoKind.Substitute, 3)]
    [InlineData(TypoKind.Drop, 0)]
    public void Apply_WhereTheSlipCannotHappen_IsNull(TypoKind kind, int at) =>
        Assert.Null(KeyboardTypos.Apply(kind == TypoKind.Drop ? "AB" : "ALL-", kind, at, new Random(1)));

    [Theory]
    [InlineData("Vladimirovich", 1)]
    [InlineData("Radislav", 2)]
    public void OneEditOrTwoEdits_AnySeed_IsExactlyThatManyEditsAway(string word, int edits)
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var typed = edits == 1 ? KeyboardTypos.OneEdit(word, new Random(seed)) : KeyboardTypos.TwoEdits(word, new Random(seed));
            Assert.NotNull(typed);
            Assert.Equal(edits, EditDistance.Between(word.ToLowerInvariant(), typed.ToLowerInvariant()));
        }
    }
}
