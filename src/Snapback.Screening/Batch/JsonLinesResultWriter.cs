using System.Buffers;
using System.Text.Json;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// One JSON object per input line: <c>{"id","hits":[{"entity_id","score","name","kind","lists","explanation"}],"error"?}</c>.
/// Results are written as UTF-8 straight into a buffer and the buffer to the stream in large writes: a result is never made a
/// string first. Does not own the stream; disposing writes what is left and flushes it.
/// </summary>
public sealed class JsonLinesResultWriter : IPartyResultWriter
{
    private const int WriteAt = 1 << 16;

    private readonly Stream stream;
    private readonly int flushEvery;
    private readonly ArrayBufferWriter<byte> buffer = new(2 * WriteAt);
    private readonly Utf8JsonWriter json;
    private int pending;

    /// <param name="stream">Where the lines go.</param>
    /// <param name="flushEvery">
    /// When above zero, the lines written so far reach the stream and it is flushed every this many results, so that a client
    /// reading a streamed response sees them as they come; otherwise they are written in large blocks.
    /// </param>
    public JsonLinesResultWriter(Stream stream, int flushEvery = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(flushEvery);
        this.stream = stream;
        this.flushEvery = flushEvery;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BatchJson.Options.Encoder });
    }

    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(json, result, BatchJson.Options);
        json.Flush();
        json.Reset();
        buffer.Write("\n"u8);
        if (flushEvery > 0 && ++pending >= flushEvery)
        {
            pending = 0;
            await WriteBufferAsync(cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        else if (buffer.WrittenCount >= WriteAt)
        {
            await WriteBufferAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await WriteBufferAsync(CancellationToken.None);
        await stream.FlushAsync();
        await json.DisposeAsync();
    }

    private async Task WriteBufferAsync(CancellationToken cancellationToken)
    {
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }
}
