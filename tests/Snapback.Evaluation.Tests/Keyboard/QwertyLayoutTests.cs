using Snapback.Evaluation.Keyboard;

namespace Snapback.Evaluation.Tests.Keyboard;

public sealed class QwertyLayoutTests
{
    [Theory]
    [InlineData('a', "qwsz")]
    [InlineData('g', "fhtyvb")]
    [InlineData('p', "ol")]
    [InlineData('m', "njk")]
    [InlineData('S', "adwezx")]
    public void Neighbours_Letter_AreTheKeysAroundIt(char letter, string expected) =>
        Assert.Equal(expected.Order(), QwertyLayout.Neighbours(letter).Order());

    [Fact]
    public void Neighbours_NotALetter_IsEmpty() => Assert.Empty(QwertyLayout.Neighbours('-'));

    [Fact]
    public void Neighbours_EveryLetter_IsSymmetric()
    {
        foreach (var a in "abcdefghijklmnopqrstuvwxyz")
        {
            foreach (var b in QwertyLayout.Neighbours(a))
            {
                Assert.Contains(a, QwertyLayout.Neighbours(b));
            }
        }
    }
}
