namespace Snapback.Lists.Formats;

/// <summary>The error or maintenance page a list server sends in place of the file, told apart before parsing so the message says so.</summary>
internal static class HtmlPage
{
    /// <summary>Throws a <see cref="ListFormatException"/> when the file starts like an HTML page.</summary>
    /// <param name="expected">What the file should have been, e.g. "a UK Sanctions List XML file".</param>
    public static void Reject(string path, string expected)
    {
        if (!File.Exists(path))
        {
            throw new ListFormatException(path, "no such file");
        }

        string head;
        try
        {
            using var reader = new StreamReader(ListFile.OpenRead(path));
            var buffer = new char[1024];
            head = new string(buffer, 0, reader.ReadBlock(buffer));
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(path, "cannot be decompressed: " + e.Message, e);
        }

        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase))
        {
            throw new ListFormatException(path, $"an HTML page, not {expected}");
        }
    }
}
