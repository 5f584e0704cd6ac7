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

        // One block is screened on every core while the one before it is written, so writing never leaves a core idle.
        Task<PartyResult[]>? inFlight = null;
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                block.Add(row);
                notScreened ??= row.NotScreened;
                if (block.Count == BlockSize)
                {
                    await NextAsync();
                }
            }

            await NextAsync();
            await NextAsync();
        }
        finally
        {
            // A failed write leaves a block in flight: wait for it, so no screen outlives the batch.
            if (inFlight is not null)
            {
                await Task.WhenAny(inFlight);
            }
        }

        return new BatchSummary(total, withHits, failed, hits, notScreened);

        async Task NextAsync()
        {
            var previous = inFlight;
            var rowsToScreen = block.ToArray();
            block.Clear();
            inFlight = rowsToScreen.Length == 0 ? null : Task.Run(() => ScreenBlock(rowsToScreen, threshold, cancellationToken), cancellationToken);
            if (previous is not null)
            {
                foreach (var result in await previous)
                {
                    await writer.WriteAsync(result, cancellationToken);
                    total++;
                    hits += result.Hits.Count;
                    withHits += result.Hits.Count > 0 ? 1 : 0;
                    failed += result.Error is null ? 0 : 1;
                }

                progress?.Report(new BatchProgress(total, failed));
            }
        }
    }

    private PartyResult[] ScreenBlock(PartyRow[] rows, double? threshold, CancellationToken cancellationToken)
    {
        var results = new PartyResult[rows.Length];
        Parallel.For(
            0,
            rows.Length,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism },
            i => results[i] = ScreenRow(rows[i], threshold));
        return results;
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
