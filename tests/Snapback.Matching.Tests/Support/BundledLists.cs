using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Tests;

namespace Snapback.Matching.Tests.Support;

/// <summary>Every list bundled in data/lists, read once with the real parsers, and an index over them.</summary>
internal static class BundledLists
{
    private static readonly Lazy<IReadOnlyList<ListedEntity>> LazyEntities = new(Load);
    private static readonly Lazy<MatchIndex> LazyIndex = new(static () => MatchIndex.Build(LazyEntities.Value));
    private static readonly Lazy<BruteForceMatcher> LazyBrute = new(static () => BruteForceMatcher.Build(LazyEntities.Value));

    public static IReadOnlyList<ListedEntity> Entities => LazyEntities.Value;

    public static MatchIndex Index => LazyIndex.Value;

    public static BruteForceMatcher BruteForce => LazyBrute.Value;

    private static List<ListedEntity> Load()
    {
        var all = new List<ListedEntity>(20_000);
        foreach (var dir in Directory.GetDirectories(RepoPaths.Bundled).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(dir);
            all.AddRange(ListReader.Read(files.Length == 1 ? files[0] : dir).Entities);
        }

        return all;
    }
}
