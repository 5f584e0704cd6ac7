using Snapback.Screening.Batch;

namespace Snapback.Api.Batch;

/// <summary>One uploaded customer file being screened in the background: its progress, and where its results go.</summary>
internal sealed class BatchJob : IProgress<BatchProgress>
{
    private long _rows;
    private long _failed;
    private volatile BatchSummary? _summary;
    private volatile string? _error;

    public BatchJob(string id, string owner, string fileName, long total, string resultPath, DateTimeOffset startedAt)
    {
        Id = id;
        Owner = owner;
        FileName = fileName;
        Total = total;
        ResultPath = resultPath;
        StartedAt = startedAt;
    }

    public string Id { get; }

    /// <summary>The key id that started it; only that key sees it.</summary>
    public string Owner { get; }

    public string FileName { get; }

    /// <summary>Rows in the upload, counted before screening starts, for the progress bar.</summary>
    public long Total { get; }

    public string ResultPath { get; }

    public DateTimeOffset StartedAt { get; }

    public long Rows => Interlocked.Read(ref _rows);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Set when the job finished.</summary>
    public BatchSummary? Summary => _summary;

    /// <summary>Why the job stopped early, if it did.</summary>
    public string? Error => _error;

    public bool Done => _summary is not null || _error is not null;

    public void Report(BatchProgress value)
    {
        Interlocked.Exchange(ref _rows, value.Rows);
        Interlocked.Exchange(ref _failed, value.Failed);
    }

    public void Finish(BatchSummary summary)
    {
        Report(new BatchProgress(summary.Rows, summary.Failed));
        _summary = summary;
    }

    public void Fail(string error) => _error = error;
}
