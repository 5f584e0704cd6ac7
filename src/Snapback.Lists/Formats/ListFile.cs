using System.IO.Compression;

namespace Snapback.Lists.Formats;

/// <summary>Opens list files, decompressing <c>.gz</c> transparently, so bundled compressed copies read like the originals.</summary>
public static class ListFile
{
    /// <summary>Opens a file for reading; a name ending in <c>.gz</c> is gunzipped on the fly.</summary>
    public static Stream OpenRead(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>The name without a trailing <c>.gz</c>: <c>sdn.csv.gz</c> → <c>sdn.csv</c>.</summary>
    public static string LogicalName(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
    }

    /// <summary>Finds <paramref name="name"/> or <paramref name="name"/>.gz in a folder, case-insensitively; null when absent.</summary>
    public static string? Find(string folder, string name)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (string.Equals(LogicalName(file), name, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }
        }

        return null;
    }
}
