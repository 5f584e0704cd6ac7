using Snapback.Lists.Model;
using Snapback.Matching.Evaluation;
using Snapback.Matching.Tests.Support;

namespace Snapback.Benchmarks;

/// <summary>
/// The derived EU/UN/OFAC corpus (6.8k entities, 32k names), optionally grown to the size of all bundled lists by adding
/// copies whose family names are taken from other entries, and a fixed mix of queries from the evaluation generator.
/// </summary>
internal static class BenchData
{
    public static string CorpusPath =>
        Environment.GetEnvironmentVariable("SNAPBACK_SHARED_LISTS") is { Length: > 0 } shared
            ? Path.Combine(shared, DerivedListLoader.RelativePath)
            : Path.Combine(FindShared(), DerivedListLoader.RelativePath);

    public static IReadOnlyList<ListedEntity> Entities(int scale)
    {
        var source = DerivedListLoader.Load(CorpusPath);
        var all = new List<ListedEntity>(source.Count * scale);
        all.AddRange(source);
        for (var copy = 1; copy < scale; copy++)
        {
            for (var i = 0; i < source.Count; i++)
            {
                var donor = source[(i + (copy * 997)) % source.Count].PrimaryName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
                all.Add(source[i] with
                {
                    Id = $"{source[i].Id}-x{copy}",
                    Names = [.. source[i].Names.Select(n => n with { Full = ReplaceLast(n.Full, donor) })],
                });
            }
        }

        return all;
    }

    public static IReadOnlyList<Matching.ScreenQuery> Queries(IReadOnlyList<ListedEntity> entities, int perCategory) =>
        [.. new EvaluationSetGenerator(entities, seed: 11).Generate(perCategory).Select(static c => c.Query)];

    private static string ReplaceLast(string name, string donor)
    {
        var at = name.LastIndexOf(' ');
        return at < 0 ? name + " " + donor : name[..at] + " " + donor;
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "lists");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return "/work/shared/data/lists";
    }
}
