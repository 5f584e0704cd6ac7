using Snapback.Lists.Model;
using Snapback.Tests;

namespace Snapback.Matching.Tests.Support;

/// <summary>The derived EU/UN/OFAC corpus and an index over it, loaded once for all tests.</summary>
internal static class DerivedCorpus
{
    private static readonly Lazy<IReadOnlyList<ListedEntity>> LazyEntities = new(static () => DerivedListLoader.Load(RepoPaths.Shared(DerivedListLoader.RelativePath)));
    private static readonly Lazy<MatchIndex> LazyIndex = new(static () => MatchIndex.Build(LazyEntities.Value));

    public static IReadOnlyList<ListedEntity> Entities => LazyEntities.Value;

    public static MatchIndex Index => LazyIndex.Value;
}
