using Snapback.Screening.Monitoring;
using Snapback.Store;

namespace Snapback.Api.Hosting;

/// <summary>Wires monitoring: the use case the endpoints and pages share, and the background service that runs what list changes record.</summary>
internal static class MonitorServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(static sp =>
        {
            var store = sp.GetRequiredService<SqlListStore>();
            return store.Monitoring(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Snapback.Screening.Screen.ScreeningService>());
        });
        services.AddHostedService<MonitorRunService>();
    }
}
