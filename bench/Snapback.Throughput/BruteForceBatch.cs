using Snapback.Lists;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Throughput;

/// <summary>
/// The batch baseline: what <see cref="BatchScreener"/> does (rows screened on all cores, written in order) with every row
/// scored against every listed name by <see cref="BruteForceMatcher"/>. BatchScreener takes its matcher from a ScreeningService,
/// so the loop is written here rather than the matcher swapped in; blocks of <see cref="BlockSize"/> rows, since a brute-force
/// screen takes so long that a core waiting at the end of a block costs nothing.
/// </summary>
internal sealed class BruteForceBatch(BruteForceMatcher matcher)
{
    private const int BlockSize = 512;

    public async Task<BatchSummary> RunAsync(
        IAsyncEnumerable<PartyRow> rows, IPartyResultWriter writer, CancellationToken cancellationToken)
    {
        (long Total, long WithHits, long Hits) counts = (0, 0, 0);
        var block = new List<PartyRow>(BlockSize);
        var results = new PartyResult[BlockSize];
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            block.Add(row);
            if (block.Count < BlockSize)
            {
                continue;
            }

            Parallel.For(0, block.Count, i => results[i] = Screen(block[i]));
            counts = await WriteAsync(writer, results.AsMemory(0, block.Count), counts, cancellationToken);
            block.Clear();
        }

        Parallel.For(0, block.Count, i => results[i] = Screen(block[i]));
        counts = await WriteAsync(writer, results.AsMemory(0, block.Count), counts, cancellationToken);
        return new BatchSummary(counts.Total, counts.WithHits, 0, counts.Hits);
    }

    private static async Task<(long Total, long WithHits, long Hits)> WriteAsync(
        IPartyResultWriter writer,
        ReadOnlyMemory<PartyResult> results,
        (long Total, long WithHits, long Hits) counts,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < results.Length; i++)
        {
            var result = results.Span[i];
            await writer.WriteAsync(result, cancellationToken);
            counts = (counts.Total + 1, counts.WithHits + (result.Hits.Count > 0 ? 1 : 0), counts.Hits + result.Hits.Count);
        }

        return counts;
    }

    private PartyResult Screen(PartyRow row)
    {
        var query = row.Request is null ? null : PartyParser.TryParse(row.Request, out _);
        if (query is null)
        {
            return PartyResult.Failed(row.Request?.Id, $"line {row.Line}: unreadable");
        }

        var hits = matcher.Screen(query, MatchOptions.Default);
        return new PartyResult(row.Request!.Id, [.. hits.Select(PartyHit.From)]);
    }
}
