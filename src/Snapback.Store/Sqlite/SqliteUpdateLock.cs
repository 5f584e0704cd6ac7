namespace Snapback.Store.Sqlite;

/// <summary>
/// The right to update a SQLite store: an exclusive lock on a file beside the database, which every process on the machine honours
/// and the system releases if the process dies. One lock covers every source; updates of one file run one at a time.
/// </summary>
internal sealed class SqliteUpdateLock(FileStream file) : IAsyncDisposable
{
    // How often a waiting update tries the lock again.
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    public static async Task<IAsyncDisposable> AcquireAsync(string databasePath, CancellationToken cancellationToken)
    {
        var path = databasePath + ".update-lock";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new SqliteUpdateLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another update; the file itself stays, only the lock on it comes and goes.
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
