using Snapback.Evaluation.Running;

namespace Snapback.Evaluation.Tests.Running;

public sealed class ProportionTests
{
    // Wilson score intervals, z = 1.96, worked by hand from Wilson (1927)'s formula.
    [Theory]
    [InlineData(0, 10, 0.0, 0.0, 0.2775)]
    [InlineData(5, 10, 0.5, 0.2366, 0.7634)]
    [InlineData(10, 10, 1.0, 0.7225, 1.0)]
    [InlineData(190, 200, 0.95, 0.9104, 0.9726)]
    public void Interval_KnownCounts_IsTheWilsonInterval(int count, int total, double rate, double low, double high)
    {
        var p = new Proportion(count, total);
        Assert.Equal(rate, p.Rate, 4);
        Assert.Equal(low, p.Low, 4);
        Assert.Equal(high, p.High, 4);
    }

    [Fact]
    public void Interval_NoCases_IsEverything()
    {
        var p = new Proportion(0, 0);
        Assert.Equal((0.0, 0.0, 1.0), (p.Rate, p.Low, p.High));
    }
}
