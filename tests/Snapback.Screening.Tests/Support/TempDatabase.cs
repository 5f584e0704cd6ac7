using Microsoft.Data.Sqlite;
using Snapback.Store.Sqlite;

namespace Snapback.Screening.Tests.Support;

/// <summary>A real SQLite list store in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string folder, SqliteListStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public SqliteListStore Store { get; }

    public static async Task<TempDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "snapback-tests", Guid.NewGuid().ToString("N"));
        var store = await SqliteListStore.OpenAsync(Path.Combine(folder, "db", "snapback.db"), TestContext.Current.CancellationToken);
        return new TempDatabase(folder, store);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
