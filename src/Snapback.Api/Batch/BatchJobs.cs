using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using Snapback.Api.Hosting;
using Snapback.Screening.Batch;

namespace Snapback.Api.Batch;

/// <summary>
/// Runs uploaded customer files through <see cref="BatchScreener"/> (the same one <c>snapback screen --input</c> uses) in the background,
/// writing CSV results to a temp file. At most <see cref="ApiOptions.MaxConcurrentBatches"/> files are screened at once; the others
/// wait their turn. Jobs live for <see cref="Keep"/> and end with the process.
/// </summary>
internal sealed partial class BatchJobs(
    BatchScreener screener, TimeProvider time, IHostApplicationLifetime lifetime, IOptions<ApiOptions> options, ILogger<BatchJobs> logger)
    : IDisposable
{
    /// <summary>How long a finished job and its results are kept.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, BatchJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _turns = new(options.Value.MaxConcurrentBatches);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "snapback-batch-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts screening <paramref name="upload"/> (a file this takes over and deletes), owned by key <paramref name="owner"/>.</summary>
    public async Task<BatchJob> StartAsync(string owner, string upload, string fileName, PartyFileFormat format, CancellationToken cancellationToken)
    {
        Forget();
        Directory.CreateDirectory(_folder);
        var id = Guid.NewGuid().ToString("N");
        var total = await CountRowsAsync(upload, format, cancellationToken);
        var job = new BatchJob(id, owner, fileName, total, Path.Combine(_folder, id + ".csv"), time.GetUtcNow());
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job, upload, format, lifetime.ApplicationStopping), CancellationToken.None);
        return job;
    }

    /// <summary>The job, if it exists and belongs to <paramref name="owner"/>.</summary>
    public BatchJob? Find(string id, string owner) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.Owner, owner, StringComparison.Ordinal) ? job : null;

    // The turns semaphore is not disposed: a job still finishing at shutdown releases its turn after this runs.
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was uploaded.
        }
        catch (IOException)
        {
            // A result still being written; the temp folder is the OS's to clean.
        }
    }

    private async Task RunAsync(BatchJob job, string upload, PartyFileFormat format, CancellationToken cancellationToken)
    {
        var turn = false;
        try
        {
            await _turns.WaitAsync(cancellationToken);
            turn = true;
            await using var input = File.OpenRead(upload);
            await using var output = new StreamWriter(job.ResultPath, append: false, new UTF8Encoding(false));
            await using var writer = new CsvResultWriter(output);
            var rows = PartyFileReader.ReadAsync(input, format, cancellationToken);
            job.Finish(await screener.RunAsync(rows, writer, null, job, cancellationToken));
            LogFinished(logger, job.Id, job.Rows);
        }
        catch (Exception error)
        {
            job.Fail(error is OperationCanceledException ? "stopped: the service is shutting down" : error.Message);
            LogFailed(logger, job.Id, error);
        }
        finally
        {
            if (turn)
            {
                _turns.Release();
            }

            File.Delete(upload);
        }
    }

    // Data rows for the progress bar: non-blank lines, less the CSV header. Counted on bytes, so no line is ever held whole.
    private static async Task<long> CountRowsAsync(string path, PartyFileFormat format, CancellationToken cancellationToken)
    {
        long lines = 0;
        var blank = true;
        var buffer = new byte[1 << 16];
        await using var input = File.OpenRead(path);
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == (byte)'\n')
                {
                    lines += blank ? 0 : 1;
                    blank = true;
                }
                else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    blank = false;
                }
            }
        }

        lines += blank ? 0 : 1;
        return format == PartyFileFormat.Csv ? Math.Max(0, lines - 1) : lines;
    }

    private void Forget()
    {
        var cutoff = time.GetUtcNow() - Keep;
        foreach (var (id, job) in _jobs)
        {
            if (job.Done && job.StartedAt < cutoff && _jobs.TryRemove(id, out _))
            {
                File.Delete(job.ResultPath);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Batch {JobId} screened {Rows} rows")]
    private static partial void LogFinished(ILogger logger, string jobId, long rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch {JobId} stopped")]
    private static partial void LogFailed(ILogger logger, string jobId, Exception error);
}
