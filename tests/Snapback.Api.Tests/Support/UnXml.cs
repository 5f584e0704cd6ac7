using System.Xml.Linq;

namespace Snapback.Api.Tests.Support;

/// <summary>Counts and names read straight from a raw UN consolidated XML file, independently of Snapback's parser.</summary>
internal static class UnXml
{
    /// <summary>Every INDIVIDUAL and ENTITY element.</summary>
    public static IReadOnlyList<XElement> Entries(string path)
    {
        var root = XDocument.Load(path).Root!;
        return [.. root.Elements("INDIVIDUALS").Elements("INDIVIDUAL"), .. root.Elements("ENTITIES").Elements("ENTITY")];
    }

    public static string Reference(XElement entry) => entry.Element("REFERENCE_NUMBER")!.Value.Trim();

    /// <summary>The name as the parts of an entry give it, in order: FIRST_NAME SECOND_NAME THIRD_NAME FOURTH_NAME.</summary>
    public static string Name(XElement entry) => string.Join(' ',
        new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(part => entry.Element(part)?.Value.Trim())
            .Where(static part => !string.IsNullOrEmpty(part)));

    /// <summary>References starting with <paramref name="prefix"/>, e.g. "IRi." or "IRe.".</summary>
    public static HashSet<string> References(string path, string prefix) =>
        Entries(path).Select(Reference).Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
}
