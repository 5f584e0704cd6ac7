using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Store;

namespace Snapback.Cli.Hosting;

/// <summary>Opens the store a command works on and, on first use, fills it with the bundled lists so screening works offline.</summary>
internal static class CliSession
{
    /// <summary>The bundled official lists shipped beside the binary (SNAPBACK_BUNDLED_LISTS overrides).</summary>
    public static string BundledListsFolder =>
        Environment.GetEnvironmentVariable("SNAPBACK_BUNDLED_LISTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "data", "lists");

    /// <summary>
    /// Opens the store: a PostgreSQL connection string (<c>Host=…;Database=…</c>) in <c>--db</c>/SNAPBACK_DB opens PostgreSQL,
    /// anything else is a SQLite file path.
    /// </summary>
    public static async Task<SqlListStore> OpenStoreAsync(string? databaseOption, CancellationToken cancellationToken)
    {
        var target = CliOptions.DatabaseTarget(databaseOption);
        if (CliOptions.IsPostgres(target))
        {
            return await SnapbackStore.OpenPostgresAsync(target, cancellationToken);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return await SnapbackStore.OpenSqliteAsync(target, cancellationToken);
    }

    /// <summary>Imports the bundled lists when the store holds no snapshot at all; says so on standard error.</summary>
    public static async Task EnsureListsAsync(IListStore store, CancellationToken cancellationToken)
    {
        if ((await store.LatestSnapshotsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var folder = BundledListsFolder;
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The store is empty and no bundled lists were found at {folder}; run 'snapback lists import' or 'snapback lists update'.");
        }

        Console.Error.WriteLine($"First use: importing the bundled lists from {folder} …");
        var importer = new ListFileImporter(new ListImporter(store, TimeProvider.System));
        foreach (var result in await importer.ImportAsync([folder], confirm: false, cancellationToken))
        {
            Console.Error.WriteLine("  " + ImportResultText.Describe(result));
        }
    }

    /// <summary>Opens the store, makes sure it has lists, and loads the lists in force (now, or at <paramref name="asOf"/>).</summary>
    public static async Task<ScreeningService> LoadScreeningAsync(string? databaseOption, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var store = await OpenStoreAsync(databaseOption, cancellationToken);
        try
        {
            await EnsureListsAsync(store, cancellationToken);
            var service = new ScreeningService();
            service.Swap(await ListLoader.LoadAsync(store, asOf, TimeProvider.System, cancellationToken));
            return service;
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
