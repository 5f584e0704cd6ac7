namespace Snapback.Api.Hosting;

/// <summary>Whether the lists are loaded into the screening index yet, for <c>/ready</c> and the UI banner.</summary>
internal sealed class ListLoadState
{
    private volatile Loaded? _loaded;
    private volatile string? _error;

    /// <summary>True once an index has been built from the stored snapshots.</summary>
    public bool IsReady => _loaded is not null;

    /// <summary>The latest successful load, or null.</summary>
    public Loaded? Current => _loaded;

    /// <summary>Why the last load failed, or null.</summary>
    public string? Error => _error;

    public void MarkLoaded(Loaded loaded)
    {
        _loaded = loaded;
        _error = null;
    }

    public void MarkFailed(string error) => _error = error;

    /// <summary>A load: when, how many entities, and which snapshots (source and publication) are in the index.</summary>
    internal sealed record Loaded(DateTimeOffset At, int Entities, IReadOnlyList<string> Snapshots);
}
