using Snapback.Api.Auth;
using Snapback.Screening.Lists;
using Snapback.Store;

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

    /// <summary>Makes the folder and keys, and imports <paramref name="inputs"/> (list files or CSV-set folders) in order.</summary>
    public static async Task<TestDatabase> CreateAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "snapback-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder, System.IO.Path.Combine(folder, "snapback.db"), "test-admin-" + Guid.NewGuid().ToString("N"));
        var keys = new ApiKeyStore((await SnapbackStore.OpenSqliteAsync(database.Path, cancellationToken)).Cases, database.AdminKey, TimeProvider.System);
        database.AnalystKey = (await keys.CreateAsync("analyst test key", ApiRoles.Analyst, ApiKeyStore.BootstrapActor, cancellationToken)).Secret;
        database.ViewerKey = (await keys.CreateAsync("viewer test key", ApiRoles.Viewer, ApiKeyStore.BootstrapActor, cancellationToken)).Secret;
        if (inputs.Count > 0)
        {
            await ImportAsync(database.Path, inputs, cancellationToken);
        }

        return database;
    }

    /// <summary>The settings that point the service at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Snapback:Database"] = Path,
        ["Snapback:AdminKey"] = AdminKey,
        // Tests never call the official list servers; those that test the schedule point it at a local server.
        ["Snapback:ListUpdates:Enabled"] = "false",
    };

    /// <summary>
    /// What is imported, in this order: two earlier UN publications from the shared real files (2025-04-19 without the Iran entries,
    /// 2025-11-29 with the snapback re-listings), then every bundled list.
    /// </summary>
    public static IReadOnlyList<string> Inputs { get; } =
    [
        UnBefore,
        UnSnapback,
        .. Directory.GetFileSystemEntries(Snapback.Tests.RepoPaths.Bundled).Order(StringComparer.Ordinal).Select(BundledInput),
    ];

    /// <summary>The UN list of 2025-04-19: no IRi/IRe entries.</summary>
    public static string UnBefore => Snapback.Tests.RepoPaths.Shared("un", "consolidated-2025-04-19.xml");

    /// <summary>The UN list of 2025-11-29: the Iran entries re-listed.</summary>
    public static string UnSnapback => Snapback.Tests.RepoPaths.Shared("un", "consolidated-2025-11-29.xml");

    // A bundled folder holds one list file, or a CSV set that is read as a folder.
    private static string BundledInput(string folder)
    {
        var files = Directory.GetFiles(folder);
        return files.Length == 1 ? files[0] : folder;
    }

    // Through the same file importer as `snapback lists import`, so the OFAC CSV set takes its date from its folder name.
    private static async Task ImportAsync(string path, IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var store = await SnapbackStore.OpenSqliteAsync(path, cancellationToken);
        var importer = new ListFileImporter(new ListImporter(store, TimeProvider.System));
        foreach (var input in inputs)
        {
            foreach (var result in await importer.ImportAsync([input], confirm: true, cancellationToken))
            {
                if (result.Import?.Status is not (ImportStatus.Imported or ImportStatus.Unchanged))
                {
                    throw new InvalidOperationException($"{result.Path}: {result.Error ?? result.Import?.Reason}");
                }
            }
        }
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
