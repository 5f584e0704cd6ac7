using System.Threading.Channels;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// Screens a stream of parties on all cores (or <c>maxParallelism</c> threads) and writes results in input order. Rows are read
/// in chunks that each core takes as it comes free, and only so many chunks are read ahead of the one being written, so memory
/// stays bounded whatever the file size; a bad row gets an error result and the rest goes on.
/// </summary>
/// <param name="maxParallelism">Most threads one batch screens on; -1 (the default) for one per core.</param>
public sealed class BatchScreener(ScreeningService screening, int maxParallelism = -1)
{
    /// <summary>Rows a core takes at once: enough that handing them over costs nothing next to screening them.</summary>
    public const int ChunkSize = 64;

    /// <summary>Chunks read ahead of the one being written.</summary>
    private const int Window = 8;

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

        // No core waits for another to finish its share of a block: each takes the next chunk as soon as it is done, and the
        // results are written in input order as the chunks at the head come back.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var toScreen = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(Window) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(Window) { SingleWriter = true, SingleReader = true });
        var workers = Enumerable.Range(0, maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount)
            .Select(_ => Task.Run(() => ScreenChunksAsync(toScreen.Reader, threshold, stop.Token), CancellationToken.None))
            .ToArray();
        var reading = ReadChunksAsync(rows, toScreen.Writer, toWrite.Writer, stop.Token);
        try
        {
            await foreach (var chunk in toWrite.Reader.ReadAllAsync(stop.Token))
            {
                var results = await chunk.Screened.Task.WaitAsync(stop.Token);
                for (var i = 0; i < results.Length; i++)
                {
                    var result = results[i];
                    notScreened ??= chunk.Rows[i].NotScreened;
                    await writer.WriteAsync(result, cancellationToken);
                    total++;
                    hits += result.Hits.Count;
                    withHits += result.Hits.Count > 0 ? 1 : 0;
                    failed += result.Error is null ? 0 : 1;
                }

                progress?.Report(new BatchProgress(total, failed));
            }

            await reading;
        }
        finally
        {
            // A failed write or read leaves chunks in flight: stop them and wait, so no screen outlives the batch. What they
            // throw on the way out is the stop itself; the failure that caused it is the one the caller sees.
            await stop.CancelAsync();
            try
            {
                await Task.WhenAll(workers.Append(reading));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }

        return new BatchSummary(total, withHits, failed, hits, notScreened);
    }

    /// <summary>
    /// Reads the rows into chunks, each queued to be screened and, in the same order, to be written. A chunk goes as soon as
    /// it is full or the next row is not there yet, so a client streaming a few rows at a time gets their results at once.
    /// </summary>
    private static async Task ReadChunksAsync(
        IAsyncEnumerable<PartyRow> rows, ChannelWriter<Chunk> toScreen, ChannelWriter<Chunk> toWrite, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<PartyRow>(ChunkSize);
            await using (var row = rows.GetAsyncEnumerator(cancellationToken))
            {
                while (true)
                {
                    var next = row.MoveNextAsync();
                    if (!next.IsCompleted && chunk.Count > 0)
                    {
                        await HandOverAsync(chunk);
                    }

                    if (!await next)
                    {
                        break;
                    }

                    chunk.Add(row.Current);
                    if (chunk.Count == ChunkSize)
                    {
                        await HandOverAsync(chunk);
                    }
                }
            }

            await HandOverAsync(chunk);
            toScreen.Complete();
            toWrite.Complete();
        }
        catch (Exception e)
        {
            // The cores finish the chunks they have; the writer, after writing what was read before, throws the error.
            toScreen.TryComplete();
            toWrite.TryComplete(e);
        }

        async Task HandOverAsync(List<PartyRow> rows)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var chunk = new Chunk([.. rows]);
            rows.Clear();
            await toScreen.WriteAsync(chunk, cancellationToken);
            await toWrite.WriteAsync(chunk, cancellationToken);
        }
    }

    private async Task ScreenChunksAsync(ChannelReader<Chunk> chunks, double? threshold, CancellationToken cancellationToken)
    {
        await foreach (var chunk in chunks.ReadAllAsync(cancellationToken))
        {
            try
            {
                var results = new PartyResult[chunk.Rows.Length];
                for (var i = 0; i < results.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = ScreenRow(chunk.Rows[i], threshold);
                }

                chunk.Screened.SetResult(results);
            }
            catch (Exception e)
            {
                chunk.Screened.SetException(e);
            }
        }
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

    /// <summary>Rows screened together by one core, and their results once screened.</summary>
    private sealed class Chunk(PartyRow[] rows)
    {
        public PartyRow[] Rows { get; } = rows;

        public TaskCompletionSource<PartyResult[]> Screened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
