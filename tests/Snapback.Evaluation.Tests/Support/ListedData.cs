using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Matching.Tests.Support;
using Snapback.Tests;

namespace Snapback.Evaluation.Tests.Support;

/// <summary>The lists the evaluation runs on, read once for all tests.</summary>
internal static class ListedData
{
    private static readonly Lazy<IReadOnlyList<ListedEntity>> LazyBundled = new(static () =>
        [.. Directory.GetDirectories(RepoPaths.Bundled).Order(StringComparer.Ordinal)
            .SelectMany(static dir => ListReader.Read(Directory.GetFiles(dir) is [var single] ? single : dir).Entities)]);

    private static readonly Lazy<IReadOnlyList<ListedEntity>> LazyDerived =
        new(static () => DerivedListLoader.Load(RepoPaths.Shared(DerivedListLoader.RelativePath)));

    /// <summary>Every list in data/lists, read with the real parsers.</summary>
    public static IReadOnlyList<ListedEntity> Bundled => LazyBundled.Value;

    /// <summary>The derived EU/UN/OFAC corpus (../shared/data/lists/eu/derived-*).</summary>
    public static IReadOnlyList<ListedEntity> Derived => LazyDerived.Value;
}
