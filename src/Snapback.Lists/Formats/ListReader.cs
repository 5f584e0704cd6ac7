using System.Security.Cryptography;

namespace Snapback.Lists.Formats;

/// <summary>Reads any supported list file or folder: detects the format from content, parses it, and fingerprints the input.</summary>
public static class ListReader
{
    /// <summary>Every format Snapback reads, most specific first.</summary>
    public static IReadOnlyList<IListFormat> Formats { get; } =
    [
        new Ofac.OfacXmlFormat(),
        new Ofac.OfacEnhancedXmlFormat(),
        new Ofac.OfacCsvFormat(),
        new Un.UnXmlFormat(),
        new Eu.EuFsfXmlFormat(),
        new Uk.OfsiCsvFormat(),
        new Uk.FcdoXmlFormat(),
        new Uk.FcdoCsvFormat(),
        new Uk.FcdoOdsFormat(),
        .. ListSources.Registered.SelectMany(static f => f.Formats),
    ];

    /// <summary>The format of <paramref name="path"/>, or a <see cref="ListFormatException"/> saying none fits.</summary>
    public static IListFormat Detect(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new ListFormatException(path, "no such file or folder");
        }

        foreach (var format in Formats)
        {
            if (format.CanRead(path))
            {
                return format;
            }
        }

        var registered = string.Concat(ListSources.Registered.Select(static f => ", " + f.Title));
        throw new ListFormatException(
            path, $"not a recognised list format (expected OFAC CSV/XML, UN XML, EU FSF XML, UK OFSI CSV, UK Sanctions List XML/CSV/ODS{registered})");
    }

    /// <summary>Detects and parses.</summary>
    public static ParsedList Read(string path) => Countries.CountryNormalizer.Apply(Detect(path).Parse(path));

    /// <summary>
    /// SHA-256 of the input as hex. For a folder (a CSV set) it is the hash over each file's logical name and content hash, in name order,
    /// so the same publication compressed or not gives a different hash only if its bytes differ.
    /// </summary>
    public static string Sha256(string path)
    {
        if (File.Exists(path))
        {
            using var stream = ListFile.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
        {
            using var stream = ListFile.OpenRead(file);
            all.AppendData(System.Text.Encoding.UTF8.GetBytes(ListFile.LogicalName(file).ToLowerInvariant()));
            all.AppendData(SHA256.HashData(stream));
        }

        return Convert.ToHexStringLower(all.GetHashAndReset());
    }
}
