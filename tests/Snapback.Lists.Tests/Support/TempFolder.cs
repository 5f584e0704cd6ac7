using System.Text;

namespace Snapback.Lists.Tests.Support;

/// <summary>A fresh folder for the files a test writes, deleted with everything in it when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("snapback-lists-");

    public string FullName => _folder.FullName;

    /// <summary>The path of <paramref name="name"/> inside the folder, for code that writes the file itself.</summary>
    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    /// <summary>Writes <paramref name="text"/> (UTF-8 without BOM unless <paramref name="encoding"/> says otherwise).</summary>
    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The first <paramref name="numerator"/>/<paramref name="denominator"/> of <paramref name="source"/>'s bytes, as a cut-off download.</summary>
    public string WriteTruncated(string name, string source, int numerator, int denominator)
    {
        var bytes = File.ReadAllBytes(source);
        return WriteBytes(name, bytes[..(bytes.Length * numerator / denominator)]);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
