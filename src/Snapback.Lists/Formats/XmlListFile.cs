using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Snapback.Lists.Model;

namespace Snapback.Lists.Formats;

/// <summary>
/// Shared reading of XML list files whose entries sit at any depth under a known root: root check, streaming one entry
/// element at a time, unique ids, and turning XML errors into <see cref="ListFormatException"/>.
/// </summary>
internal static class XmlListFile
{
    /// <summary>True when the file is XML (with SafeXml settings) whose root element has this local name and namespace.</summary>
    public static bool HasRoot(string path, string localName, string namespaceUri)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var reader = SafeXml.Open(path);
            return IsRoot(reader, localName, namespaceUri);
        }
        catch (Exception e) when (e is XmlException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads every entry element named one of <paramref name="entryNames"/> (in the root's namespace) and parses it;
    /// a repeated id keeps the first and warns. Throws <see cref="ListFormatException"/> for a wrong root, bad XML or no entries.
    /// </summary>
    /// <param name="dateAttribute">The root attribute holding the publication date; null when the format has none there.</param>
    public static (DateTimeOffset? Published, List<ListedEntity> Entities) Read(
        string path,
        string root,
        string namespaceUri,
        string? dateAttribute,
        string[] entryNames,
        Func<XElement, ListedEntity?> parse,
        List<string> warnings)
    {
        var entities = new List<ListedEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? published;
        try
        {
            using var reader = SafeXml.Open(path);
            if (!IsRoot(reader, root, namespaceUri))
            {
                var found = reader.NodeType == XmlNodeType.Element ? $"<{reader.Name}>" : reader.NodeType.ToString();
                throw new ListFormatException(path, $"root element is {found}, expected <{root}>");
            }

            published = dateAttribute is not null
                && DateTimeOffset.TryParse(reader.GetAttribute(dateAttribute), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                ? t
                : null;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != namespaceUri || !entryNames.Contains(reader.LocalName))
                {
                    reader.Read();
                    continue;
                }

                if (parse((XElement)XNode.ReadFrom(reader)) is not { } entity)
                {
                    continue;
                }

                if (seen.Add(entity.Id))
                {
                    entities.Add(entity);
                }
                else
                {
                    warnings.Add($"{entity.Id}: repeated id, later entry skipped");
                }
            }
        }
        catch (XmlException e)
        {
            throw SafeXml.Reject(path, e);
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(path, $"no {string.Join(" or ", entryNames)} entries");
        }

        return (published, entities);
    }

    private static bool IsRoot(XmlReader reader, string localName, string namespaceUri) =>
        reader.MoveToContent() == XmlNodeType.Element
        && string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
        && string.Equals(reader.NamespaceURI, namespaceUri, StringComparison.Ordinal);
}
