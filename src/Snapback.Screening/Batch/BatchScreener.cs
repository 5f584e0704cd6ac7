using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// Screens a stream of parties on all cores (or <c>maxParallelism</c> threads) and writes results in input order. Rows are taken in
/// blocks so memory stays bounded whatever the file size; a bad row gets an error result and the rest goes on.
/// </summary>
/// <param name="maxParallelism">Most threads one batch screens on; -1 (the default) for as many as the thread pool gives.</param>
public sealed class BatchScreener(ScreeningService screening, int maxParallelism = -1)
{
    /// <summary>Rows screened together; large enough to keep every core busy, small enough to stream.</summary>
    public const int BlockSize = 512;

    public async Task<BatchSummary> RunAsync(
        IAsyncEnumerable<PartyRow> rows,
        IPartyResultWriter writer,
        double? threshold,
        IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        long total = 0, withHits = 0, failed = 0, hits = 0;
        string? notScreened = null;
        var block = new List<PartyRow>(BlockSize);
        var results = new PartyResult[BlockSize];

        async Task FlushAsync()
        {
            Parallel.For(
                0,
                block.Count,
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism },
                i => results[i] = ScreenRow(block[i], threshold));
            for (var i = 0; i < block.Count; i++)
            {
                var result = results[i];
                await writer.WriteAsync(result, cancellationToken);
                total++;
                hits += result.Hits.Count;
                withHits += result.Hits.Count > 0 ? 1 : 0;
                failed += result.Error is null ? 0 : 1;
            }

            block.Clear();
            progress?.Report(new BatchProgress(total, failed));
        }

        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            block.Add(row);
            notScreened ??= row.NotScreened;
            if (block.Count == BlockSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        return new BatchSummary(total, withHits, failed, hits, notScreened);
    }

    private PartyResult ScreenRow(PartyRow row, double? threshold)
    {
        if (row.Error is not null || row.Request is null)
        {
            return PartyResult.Failed(row.Request?.Id, $"line {row.Line}: {row.Error}");
        }

        var result = screening.Screen(row.Request, threshold);
        return result.Error is null ? result : result with { Error = $"line {row.Line}: {result.Error}" };
    }
}
