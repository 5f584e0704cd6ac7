using System.Text.Json;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Api.Apis;

/// <summary>
/// Writes results as JSON Lines to the response and flushes every few lines, so a streaming client sees them as they come. Owns
/// <paramref name="writer"/>.
/// </summary>
internal sealed class JsonLinesStreamWriter(TextWriter writer) : IPartyResultWriter
{
    private const int FlushEvery = 64;
    private int _pending;

    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(result, BatchJson.Options).AsMemory(), cancellationToken);
        if (++_pending >= FlushEvery)
        {
            _pending = 0;
            await writer.FlushAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync();
        await writer.DisposeAsync();
    }
}
