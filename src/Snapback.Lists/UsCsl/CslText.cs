using System.Text;
using Snapback.Lists.Formats;

namespace Snapback.Lists.UsCsl;

/// <summary>The start of a file, for recognising a CSL publication by content.</summary>
internal static class CslText
{
    /// <summary>The first characters of the (decompressed) file without a byte order mark, or null when it cannot be read.</summary>
    public static string? Head(string path, int chars)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            // UTF-8 as published; a UTF-16 file reads as text full of NULs here, so it is not taken for a CSL file.
            using var reader = new StreamReader(ListFile.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            var buffer = new char[chars];
            return new string(buffer, 0, reader.ReadBlock(buffer)).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first line, or null when the file cannot be read.</summary>
    public static string? FirstLine(string path) => Head(path, 4096)?.Split('\n', 2)[0].TrimEnd('\r');
}
