using System.Xml;
using Snapback.Lists.Formats;

namespace Snapback.Lists.Un;

/// <summary>Reads the root element of an XML list file without loading it, for content-based format detection.</summary>
internal static class XmlRootProbe
{
    /// <summary>True when the file is XML (with SafeXml settings) whose root element has this local name and namespace.</summary>
    public static bool HasRoot(string path, string localName, string namespaceUri)
    {
        try
        {
            using var reader = SafeXml.Open(path);
            return reader.MoveToContent() == XmlNodeType.Element
                && string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
                && string.Equals(reader.NamespaceURI, namespaceUri, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is XmlException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Positions <paramref name="reader"/> on the root element or throws <see cref="ListFormatException"/> naming what was found instead.</summary>
    public static void ExpectRoot(XmlReader reader, string path, string localName, string namespaceUri)
    {
        if (reader.MoveToContent() != XmlNodeType.Element
            || !string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
            || !string.Equals(reader.NamespaceURI, namespaceUri, StringComparison.Ordinal))
        {
            var found = reader.NodeType == XmlNodeType.Element ? $"<{reader.Name}> ({reader.NamespaceURI})" : reader.NodeType.ToString();
            throw new ListFormatException(path, $"root element is {found}, expected <{localName}>");
        }
    }
}
