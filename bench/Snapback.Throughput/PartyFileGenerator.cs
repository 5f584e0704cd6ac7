using System.Text;
using System.Text.Json;
using Snapback.Lists.Model;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;

namespace Snapback.Throughput;

/// <summary>
/// Writes a JSON Lines customer file the way a bank's would look to the screener: mostly names on no list, some listed names as
/// written or misspelt, some with a kind or country. The same seed gives the same file.
/// </summary>
internal static class PartyFileGenerator
{
    private static readonly string[] Countries = ["DE", "FR", "GB", "US", "RU", "IR", "CN", "AE", "TR", "NL"];

    public static void Write(string path, int count, IReadOnlyList<ListedEntity> entities, int seed)
    {
        var random = new Random(seed);
        var names = new ListedNames(entities, random);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        for (var i = 1; i <= count; i++)
        {
            var (name, entity) = names.Next(0.05, 0.15);
            var kind = entity is not null && random.Next(2) == 0 ? PartyParser.KindName(entity.Kind) : null;
            var country = random.Next(5) == 0 ? Countries[random.Next(Countries.Length)] : null;
            var request = new PartyRequest($"p{i:D7}", name, kind, null, country);
            writer.WriteLine(JsonSerializer.Serialize(request, BatchJson.Options));
        }
    }

    /// <summary>Copies the first <paramref name="count"/> lines of <paramref name="source"/> to <paramref name="path"/>.</summary>
    public static void WriteHead(string source, string path, int count) => File.WriteAllLines(path, File.ReadLines(source).Take(count));
}
