using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Support;

/// <summary>
/// The UK switch on real publications: the bundled OFSI ConList of 2025-04-14 (4,688 groups) and the official FCDO export of
/// 2025-08-11 (5,302 designations), imported through the file importer as <c>snapback lists import</c> does, so the export, which
/// carries no date of its own, takes the one in its name.
/// </summary>
internal static class UkSwitch
{
    public static string ConList { get; } = Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz");

    public static string FcdoExport { get; } = RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods");

    public static DateTimeOffset ConListDate { get; } = new(2025, 4, 14, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset FcdoDate { get; } = new(2025, 8, 11, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Imports the ConList, then the FCDO export; both must be stored.</summary>
    public static async Task<(ListSnapshot Ofsi, ListSnapshot Fcdo)> ImportAsync(IListStore store, CancellationToken cancellationToken)
    {
        var importer = new ListFileImporter(new ListImporter(store, TimeProvider.System));
        var results = await importer.ImportAsync([ConList, FcdoExport], confirm: false, cancellationToken);
        Assert.All(results, r => Assert.True(r.Import?.Status == ImportStatus.Imported, $"{r.Path}: {r.Error ?? r.Import?.Reason}"));
        var ofsi = results.Single(r => r.Import!.Snapshot!.Source == ListSources.UkOfsi).Import!.Snapshot!;
        var fcdo = results.Single(r => r.Import!.Snapshot!.Source == ListSources.UkFcdo).Import!.Snapshot!;
        Assert.Equal(ConListDate, ofsi.EffectiveAt);
        Assert.Equal(FcdoDate, fcdo.EffectiveAt);
        return (ofsi, fcdo);
    }

    /// <summary>Screening over the lists in force at <paramref name="asOf"/> (the latest when null), loaded as screening loads them.</summary>
    public static async Task<ScreeningService> ScreeningAsync(IListStore store, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var service = new ScreeningService();
        service.Swap(await ListLoader.LoadAsync(store, asOf, TimeProvider.System, cancellationToken));
        return service;
    }

    /// <summary>The hits for <paramref name="name"/> that are UK listings (<c>uk:</c> ids).</summary>
    public static IReadOnlyList<PartyHit> UkHits(ScreeningService screening, string name) =>
        [.. screening.Screen(new PartyRequest(null, name)).Hits.Where(h => h.EntityId.StartsWith("uk:", StringComparison.Ordinal))];
}
