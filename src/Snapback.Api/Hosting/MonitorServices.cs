using Snapback.Screening.Lists;
using Snapback.Screening.Monitoring;
using Snapback.Screening.Ownership;
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
            var time = sp.GetRequiredService<TimeProvider>();
            return new MonitorService(store.Cases, store.Monitor, sp.GetRequiredService<IListStore>(), time,
                sp.GetRequiredService<Snapback.Screening.Screen.ScreeningService>(),
                screening => new OwnershipAlerts(store.Cases, new OwnershipService(store.Ownership, screening), time, OwnershipRegime.Ofac));
        });
        services.AddHostedService<MonitorRunService>();
    }
}
