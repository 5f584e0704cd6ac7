using System.Text;
using Snapback.Lists.Formats;

namespace Snapback.Lists.Uk;

/// <summary>Decodes OFSI files: the official CSV is Windows-1252, conversions are UTF-8; valid UTF-8 wins.</summary>
internal static class OfsiText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static OfsiText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ReadAll(string path)
    {
        using var stream = ListFile.OpenRead(path);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The first bytes only, for format detection.</summary>
    public static string ReadStart(string path, int bytes)
    {
        using var stream = ListFile.OpenRead(path);
        var buffer = new byte[bytes];
        var read = stream.ReadAtLeast(buffer, bytes, throwOnEndOfStream: false);
        return Encoding.Latin1.GetString(buffer, 0, read);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
