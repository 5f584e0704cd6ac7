using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>Writes batch results in input order; CSV and JSON Lines implement it.</summary>
public interface IPartyResultWriter : IAsyncDisposable
{
    Task WriteAsync(PartyResult result, CancellationToken cancellationToken);
}
