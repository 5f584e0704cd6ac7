using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Screen;

namespace Snapback.Api.Hosting;

/// <summary>Wires the case use cases (customers, alerts, decisions, audit) that the endpoints and pages share over the store's sessions.</summary>
internal static class CaseServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(static sp => new CustomerImporter(sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(static sp => new AlertScreener(
            sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<ScreeningService>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(static sp => new DecisionService(sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(static sp => new AuditVerifier(sp.GetRequiredService<ICaseStore>()));
        services.AddSingleton(static sp => new AuditExporter(sp.GetRequiredService<ICaseStore>()));
    }
}
