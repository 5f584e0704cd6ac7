using System.Text;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Tests.Batch;

public sealed class JsonLinesResultWriterTests
{
    [Fact]
    public async Task Write_FlushingEveryTwoResults_PutsEachPairOnTheStreamBeforeDisposal()
    {
        var output = new MemoryStream();
        var writer = new JsonLinesResultWriter(output, flushEvery: 2);

        await writer.WriteAsync(PartyResult.Failed("a", "bad row"), CancellationToken.None);
        var afterOne = output.Length;
        await writer.WriteAsync(PartyResult.Failed("b", "bad row"), CancellationToken.None);
        await writer.WriteAsync(PartyResult.Failed("c", "bad row"), CancellationToken.None);
        var afterThree = Encoding.UTF8.GetString(output.ToArray());
        await writer.DisposeAsync();

        Assert.Equal(0, afterOne);
        Assert.Equal(2, afterThree.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(3, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Write_WithoutFlushing_KeepsSmallOutputUntilDisposal()
    {
        var output = new MemoryStream();
        var writer = new JsonLinesResultWriter(output);

        await writer.WriteAsync(PartyResult.Failed("a", "bad row"), CancellationToken.None);
        await writer.WriteAsync(PartyResult.Failed("b", "bad row"), CancellationToken.None);
        var before = output.Length;
        await writer.DisposeAsync();

        Assert.Equal(0, before);
        Assert.Contains("\"id\":\"b\"", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }
}
