using Microsoft.Extensions.Options;
using Snapback.Api.Batch;
using Snapback.Api.Entities;
using Snapback.Api.Lists;
using Snapback.Screening.Batch;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Store;

namespace Snapback.Api.Hosting;

/// <summary>
/// Wires the store and the screening use cases the endpoints and pages share, the background list refresh and the update schedule.
/// </summary>
internal static class ScreeningServices
{
    public static void Add(IServiceCollection services)
    {
        // Opening runs the store's migrations once, when the first component needs it.
        services.AddSingleton(static sp => OpenStoreAsync(sp.GetRequiredService<IOptions<ApiOptions>>().Value).GetAwaiter().GetResult());
        services.AddSingleton<IListStore>(static sp => sp.GetRequiredService<SqlListStore>());
        services.AddSingleton(static sp => sp.GetRequiredService<SqlListStore>().Cases);
        services.AddSingleton<ScreeningService>();
        services.AddSingleton(static sp => new BatchScreener(
            sp.GetRequiredService<ScreeningService>(), sp.GetRequiredService<IOptions<ApiOptions>>().Value.BatchParallelism));
        // Updates the server runs on its schedule are recorded as the scheduler's; one asked through the API, as the caller's key.
        services.AddSingleton(static sp => new ListImporter(
            sp.GetRequiredService<IListStore>(), sp.GetRequiredService<TimeProvider>(), actor: ListImporter.SchedulerActor));
        services.AddSingleton<ListDiffer>();
        services.AddSingleton(static sp => UpdateOptions(sp.GetRequiredService<IOptions<ApiOptions>>().Value));
        services.AddHttpClient(nameof(ListUpdater), static http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(static sp => new ListUpdater(
            sp.GetRequiredService<IListStore>(),
            sp.GetRequiredService<ListImporter>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ListUpdater)),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ListUpdateOptions>()));
        services.AddSingleton<ListIndexLoader>();
        services.AddSingleton<ListUpdateRunner>();
        services.AddHostedService<ListRefreshService>();
        services.AddOptions<ListScheduleOptions>()
            .BindConfiguration(ListScheduleOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(static sp => new ListUpdateSchedule(
            sp.GetRequiredService<IListStore>(),
            sp.GetRequiredService<IOptions<ListScheduleOptions>>().Value,
            sp.GetRequiredService<ListUpdateOptions>().Sources.Keys,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ListUpdateService>();
        services.AddSingleton<EntityLookup>();
        services.AddSingleton<EntityReports>();
        services.AddSingleton<ListCatalog>();
        services.AddSingleton<BatchJobs>();
    }

    private static async Task<SqlListStore> OpenStoreAsync(ApiOptions options) => options.IsPostgres
        ? await SnapbackStore.OpenPostgresAsync(options.Database, CancellationToken.None)
        : await SnapbackStore.OpenSqliteAsync(options.Database, CancellationToken.None);

    // The per-request timeout is the updater's own (ListUpdateOptions.RequestTimeout), so the HttpClient has none.
    private static ListUpdateOptions UpdateOptions(ApiOptions api)
    {
        var options = new ListUpdateOptions();
        if (api.UpdateSources.Count > 0)
        {
            options.Sources.Clear();
            foreach (var (source, url) in api.UpdateSources)
            {
                options.Sources[source] = url;
            }
        }

        return options;
    }
}
