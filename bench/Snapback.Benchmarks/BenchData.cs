using Snapback.Evaluation.Deck;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Matching.Tests.Support;

namespace Snapback.Benchmarks;

/// <summary>
/// Every list bundled in data/lists (about 20k entities, 100k names) or the derived EU/UN/OFAC corpus (6.8k entities, 32k names),
/// and fixed query mixes from the evaluation deck.
/// </summary>
internal static class BenchData
{
    public static string CorpusPath =>
        Environment.GetEnvironmentVariable("SNAPBACK_SHARED_LISTS") is { Length: > 0 } shared
            ? Path.Combine(shared, DerivedListLoader.RelativePath)
            : Path.Combine(FindShared(), DerivedListLoader.RelativePath);

    /// <summary>"lists": every bundled list; "derived": the derived corpus; "derived3": the derived corpus grown threefold.</summary>
    public static IReadOnlyList<ListedEntity> Entities(string source) => source switch
    {
        "lists" => BundledLists(),
        "derived" => Entities(1),
        "derived3" => Entities(3),
        _ => throw new ArgumentException("expected lists, derived or derived3", nameof(source)),
    };

    /// <summary>Every list in data/lists, read with the real parsers.</summary>
    public static IReadOnlyList<ListedEntity> BundledLists()
    {
        var all = new List<ListedEntity>(20_000);
        foreach (var dir in Directory.GetDirectories(Path.Combine(FindRoot(), "data", "lists")).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(dir);
            all.AddRange(ListReader.Read(files.Length == 1 ? files[0] : dir).Entities);
        }

        return all;
    }

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
        [.. EvaluationDeck.Build(entities, new DeckOptions(Seed: 11, PerCategory: perCategory)).Cases
            .Select(static c => new Matching.ScreenQuery(c.Query))];

    /// <summary>
    /// A screening mix: 70% names on no list, 30% listed names with the evaluation deck's perturbations (typos, reordering, other
    /// scripts, initials...), shuffled with a fixed seed.
    /// </summary>
    public static IReadOnlyList<Matching.ScreenQuery> Mix(IReadOnlyList<ListedEntity> entities, int negativesPerCategory)
    {
        var cases = EvaluationDeck.Build(entities, new DeckOptions(Seed: 11, PerCategory: negativesPerCategory)).Cases;
        var negatives = cases.Where(static c => !c.IsPositive).ToList();
        var positives = cases.Where(static c => c.IsPositive).ToList();
        var random = new Random(5);
        var mix = negatives.Concat(positives.OrderBy(_ => random.Next()).Take(negatives.Count * 3 / 7))
            .Select(static c => new Matching.ScreenQuery(c.Query)).ToArray();
        random.Shuffle(mix);
        return mix;
    }

    private static string ReplaceLast(string name, string donor)
    {
        var at = name.LastIndexOf(' ');
        return at < 0 ? name + " " + donor : name[..at] + " " + donor;
    }

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("SNAPBACK_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Snapback.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Snapback.slnx not found above " + AppContext.BaseDirectory);
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
