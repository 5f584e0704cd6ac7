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
    private readonly ArrayBufferWriter<byte> buffer = new(2 * WriteAt);
    private readonly Utf8JsonWriter json;

    public JsonLinesResultWriter(Stream stream)
    {
        this.stream = stream;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BatchJson.Options.Encoder });
    }

    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(json, result, BatchJson.Options);
        json.Flush();
        json.Reset();
        buffer.Write("\n"u8);
        if (buffer.WrittenCount >= WriteAt)
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
