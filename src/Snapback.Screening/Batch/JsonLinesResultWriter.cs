using System.Text.Json;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>One JSON object per input line: <c>{"id","hits":[{"entity_id","score","name","kind","lists","explanation"}],"error"?}</c>.</summary>
public sealed class JsonLinesResultWriter(TextWriter writer) : IPartyResultWriter
{
    public async Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(result, BatchJson.Options).AsMemory(), cancellationToken);
    }

    public async ValueTask DisposeAsync() => await writer.FlushAsync();
}
