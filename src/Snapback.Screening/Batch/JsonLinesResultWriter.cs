using System.Buffers;
using System.Text.Json;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// One JSON object per input line: <c>{"id","hits":[{"entity_id","score","name","kind","lists","explanation"}],"error"?}</c>.
/// Results are written as UTF-8 straight into a buffer and the buffer to <paramref name="stream"/> in large writes: a result is
/// never made a string first. Does not own <paramref name="stream"/>; disposing writes what is left and flushes it.
/// </summary>
public sealed class JsonLinesResultWriter(Stream stream) : IPartyResultWriter
{
    private const int WriteAt = 1 << 16;

    private readonly ArrayBufferWriter<byte> buffer = new(2 * WriteAt);
    private Utf8JsonWriter? json;

    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        if (json is null)
        {
            json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BatchJson.Options.Encoder });
        }
        else
        {
            json.Reset(buffer);
        }

        JsonSerializer.Serialize(json, result, BatchJson.Options);
        json.Flush();
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
        if (json is not null)
        {
            await json.DisposeAsync();
        }
    }

    private async Task WriteBufferAsync(CancellationToken cancellationToken)
    {
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }
}
