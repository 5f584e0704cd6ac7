using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Support;

/// <summary>
/// The bundled UN list and OFAC non-SDN list parsed once per test run, and a screening service over them: small enough to be quick,
/// real enough that names, aliases and scripts are the published ones.
/// </summary>
internal static class RealLists
{
    private static readonly Lazy<IReadOnlyList<ListedEntity>> LazyEntities = new(() =>
        [
            .. ListReader.Read(Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz")).Entities,
            .. ListReader.Read(Path.Combine(RepoPaths.Bundled, "ofac-cons-2026-01-08", "consolidated.xml.gz")).Entities,
        ]);

    private static readonly Lazy<MatchIndex> LazyIndex = new(() => MatchIndex.Build(Entities));

    public static IReadOnlyList<ListedEntity> Entities => LazyEntities.Value;

    public static ScreeningService Service()
    {
        var service = new ScreeningService();
        service.Swap(new LoadedLists(LazyIndex.Value, Array.Empty<ListSnapshot>(), DateTimeOffset.UnixEpoch));
        return service;
    }
}
