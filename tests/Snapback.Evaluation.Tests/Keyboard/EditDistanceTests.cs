using Snapback.Evaluation.Keyboard;

namespace Snapback.Evaluation.Tests.Keyboard;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("LIMITED", "LIMITED", 0)]
    [InlineData("LIMITED", "LMITED", 1)]
    [InlineData("COMPANY", "COMPNAY", 1)]
    [InlineData("JOINT", "JOIOT", 1)]
    [InlineData("KRSTIC", "KRSSTIC", 1)]
    [InlineData("FELICITY", "FEICTIY", 2)]
    [InlineData("", "abc", 3)]
    public void Between_Pairs_CountsEditsWithSwapsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));
}
