using System.IO.Compression;
using System.Text;

namespace Snapback.Lists.Tests.Support;

/// <summary>
/// Counts in a CSL CSV with plain string handling, independent of the product's CSV reader: a record is a line that starts with
/// its <c>_id</c> (hex digits) and a comma; the source is the text up to the next comma, since neither field is ever quoted.
/// </summary>
internal static class RawCsl
{
    public static Dictionary<string, int> CountBySource(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in reader.ReadToEnd().Split('\n').Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !line[..comma].All(char.IsAsciiHexDigit))
            {
                continue;
            }

            var source = line[(comma + 1)..line.IndexOf(',', comma + 1)];
            counts[source] = counts.GetValueOrDefault(source) + 1;
        }

        return counts;
    }
}
