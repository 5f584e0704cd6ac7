using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Snapback.Lists.Model;
using Snapback.Matching.Index;

namespace Snapback.Matching;

/// <summary>
/// How many listed names hold each token key, counted once over a reference corpus and frozen with the matcher version: the
/// token weights come from it, not from the lists in force. A score then depends only on the two names compared, so loading
/// another list, or a list changing, moves no score of an unchanged listing (a monitoring run re-screens only against what
/// changed), and a screening replayed as of a date gives the scores it gave then.
/// <para>
/// The reference corpus is every list bundled in <c>data/lists</c>, its names parsed as the index parses them; the table is
/// embedded in the matcher (<c>Index/token-frequencies.tsv.gz</c>) and written again with the bundled lists and the parser.
/// </para>
/// </summary>
public sealed class TokenFrequencyTable
{
    private const string Resource = "Snapback.Matching.Index.token-frequencies.tsv.gz";

    private static readonly Lazy<TokenFrequencyTable> LazyReference = new(static () =>
    {
        using var stream = typeof(TokenFrequencyTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the matcher is built without its token frequency table ({Resource})");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return Read(reader);
    });

    private readonly FrozenDictionary<string, int> counts;

    private TokenFrequencyTable(int names, FrozenDictionary<string, int> counts)
    {
        Names = names;
        this.counts = counts;
    }

    /// <summary>The table the matcher weighs tokens with.</summary>
    public static TokenFrequencyTable Reference => LazyReference.Value;

    /// <summary>The number of distinct listed names counted.</summary>
    public int Names { get; }

    /// <summary>The number of distinct token keys counted.</summary>
    public int Keys => counts.Count;

    /// <summary>How many of the names counted hold the key (0 when none does).</summary>
    public int Count(string key) => counts.GetValueOrDefault(key);

    /// <summary>Counts the token keys of every name of the entities, each name parsed as the index parses it.</summary>
    public static TokenFrequencyTable Count(IEnumerable<ListedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return Count(NameCatalog.ParseAll([.. entities]).SelectMany(static names => names.Select(static n => n.Parsed)).ToList());
    }

    internal static TokenFrequencyTable Count(IReadOnlyCollection<Names.ParsedName> names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            keys.Clear();
            foreach (var token in name.Tokens)
            {
                if (keys.Add(token.Key))
                {
                    counts[token.Key] = counts.GetValueOrDefault(token.Key) + 1;
                }
            }
        }

        return new TokenFrequencyTable(names.Count, counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether both tables counted the same number of names and the same count for every key.</summary>
    public bool SameAs(TokenFrequencyTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Names == other.Names && counts.Count == other.counts.Count
            && counts.All(p => other.counts.TryGetValue(p.Key, out var count) && count == p.Value);
    }

    /// <summary>
    /// Writes the table as text: a first line <c>names&lt;TAB&gt;N</c>, then one <c>key&lt;TAB&gt;count</c> line per key in
    /// ordinal order, so the same counts always give the same bytes.
    /// </summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"names\t{Names.ToString(CultureInfo.InvariantCulture)}\n");
        foreach (var (key, count) in counts.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            writer.Write($"{key}\t{count.ToString(CultureInfo.InvariantCulture)}\n");
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static TokenFrequencyTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.Split('\t');
        if (header is not ["names", var total] || !int.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var names))
        {
            throw new FormatException("a token frequency table starts with a line 'names<TAB>N'");
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var tab = text.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(text.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || !counts.TryAdd(text[..tab], count))
            {
                throw new FormatException($"token frequency table, line {line}: expected a new key, a tab and a count");
            }
        }

        return new TokenFrequencyTable(names, counts.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
