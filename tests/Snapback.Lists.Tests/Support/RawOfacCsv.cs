using System.IO.Compression;
using System.Text;

namespace Snapback.Lists.Tests.Support;

/// <summary>
/// Counts in OFAC CSV files with plain string handling, independent of the product's CSV reader: one record per line that starts
/// with an ent_num, fields taken by a trivial split that only understands a quoted second/third column.
/// </summary>
internal static class RawOfacCsv
{
    /// <summary>Every record line of a CSV file (.gz read through GZipStream), without the 0x1A end byte.</summary>
    public static List<string> Lines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && char.IsAsciiDigit(l[0]))];
    }

    public static string EntNum(string line) => line[..line.IndexOf(',', StringComparison.Ordinal)];

    /// <summary>The SDN_Type column of an sdn.csv line: the field after the quoted name ("individual", "vessel", "aircraft" or "-0-").</summary>
    public static string SdnType(string line)
    {
        var afterName = line.IndexOf("\",", line.IndexOf(",\"", StringComparison.Ordinal) + 2, StringComparison.Ordinal) + 2;
        var end = line.IndexOf(',', afterName);
        return line[afterName..end].Trim().Trim('"');
    }

    /// <summary>The fields after ent_num and the row number of an add.csv/alt.csv line, naively split on "," and unquoted.</summary>
    public static string AfterSecondComma(string line)
    {
        var first = line.IndexOf(',', StringComparison.Ordinal);
        return line[(line.IndexOf(',', first + 1) + 1)..];
    }

    /// <summary>Counts by SDN_Type of an sdn.csv or cons_prim.csv.</summary>
    public static Dictionary<string, int> CountTypes(string path) =>
        Lines(path).GroupBy(SdnType).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
