using Snapback.Screening.Cases;
using Snapback.Screening.Ownership;
using Snapback.Screening.Screen;
using Snapback.Store;

namespace Snapback.Api.Hosting;

/// <summary>Wires the ownership use cases (import, check, ownership alerts) that the endpoints and pages share.</summary>
internal static class OwnershipServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(static sp => sp.GetRequiredService<SqlListStore>().Ownership);
        services.AddSingleton(static sp => new OwnershipService(sp.GetRequiredService<IOwnershipStore>(), sp.GetRequiredService<ScreeningService>()));
        services.AddSingleton(static sp => new OwnershipImporter(
            sp.GetRequiredService<IOwnershipStore>(), sp.GetRequiredService<ScreeningService>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(static sp => new OwnershipAlerts(
            sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<OwnershipService>(), sp.GetRequiredService<TimeProvider>(), OwnershipRegime.Ofac));
    }
}
