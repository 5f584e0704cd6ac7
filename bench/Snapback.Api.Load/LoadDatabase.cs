using Snapback.Api.Auth;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Store;

namespace Snapback.Api.Load;

/// <summary>A temp SQLite store with every bundled list imported through the real importer, and an analyst key.</summary>
internal sealed class LoadDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "snapback-load-" + Guid.NewGuid().ToString("N"));

    private LoadDatabase() => DatabasePath = Path.Combine(_folder, "snapback.db");

    public string DatabasePath { get; }

    public string AnalystKey { get; private set; } = "";

    /// <summary>Every entity imported, for picking realistic names to screen.</summary>
    public List<ListedEntity> Entities { get; } = [];

    public static async Task<LoadDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new LoadDatabase();
        Directory.CreateDirectory(database._folder);
        var store = await SnapbackStore.OpenSqliteAsync(database.DatabasePath, cancellationToken);
        var importer = new ListFileImporter(new ListImporter(store, TimeProvider.System));
        await importer.ImportAsync([Path.Combine(RepositoryRoot(), "data", "lists")], confirm: true, cancellationToken);
        foreach (var snapshot in await store.LatestSnapshotsAsync(cancellationToken))
        {
            database.Entities.AddRange(await store.LoadEntitiesAsync(snapshot.Id, cancellationToken));
        }

        var keys = new ApiKeyStore(store.Cases, null, TimeProvider.System);
        database.AnalystKey = (await keys.CreateAsync("load test", ApiRoles.Analyst, ApiKeyStore.BootstrapActor, cancellationToken)).Secret;
        return database;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Snapback.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Snapback.slnx not found above " + AppContext.BaseDirectory);
    }
}
