using System.Xml;
using System.Xml.Linq;
using Snapback.Lists.Formats;

namespace Snapback.Lists.Ofac;

/// <summary>The root sniffing, streaming and attribute checks both OFAC XML formats share.</summary>
internal static class OfacXmlNodes
{
    /// <summary>Longest attribute accepted. OFAC elements carry short ids at most; a huge attribute is hostile.</summary>
    public const int MaxAttributeLength = 4096;

    /// <summary>
    /// True when <paramref name="path"/> opens as XML whose root is <paramref name="root"/>. A file that declares a DTD for that root
    /// is claimed too, so that Parse refuses it by name rather than the reader saying no format fits.
    /// </summary>
    public static bool HasRoot(string path, Func<string, XmlReader> open, string root)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var reader = open(path);
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == root;
        }
        catch (XmlException error) when (error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Head(ListFile.OpenRead(path)).Contains("<!DOCTYPE " + root, StringComparison.Ordinal);
        }
        catch (Exception error) when (error is XmlException or IOException or InvalidDataException or ListFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Streams the elements named <paramref name="localNames"/> below the root, each read whole, one at a time; everything else is
    /// stepped over. Attributes are checked on the way, so a hostile one is refused before more of the file is read.
    /// </summary>
    public static IEnumerable<XElement> Stream(string path, XmlReader reader, params string[] localNames)
    {
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            CheckAttributes(path, reader);
            if (localNames.Contains(reader.LocalName, StringComparer.Ordinal))
            {
                var element = (XElement)XNode.ReadFrom(reader);
                CheckAttributes(path, element);
                yield return element;
            }
            else
            {
                reader.Read();
            }
        }
    }

    public static void CheckAttributes(string path, XmlReader reader)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            if (reader.GetAttribute(i).Length > MaxAttributeLength)
            {
                throw TooLong(path, reader.LocalName);
            }
        }
    }

    public static void CheckAttributes(string path, XElement element)
    {
        foreach (var node in element.DescendantsAndSelf())
        {
            if (node.Attributes().Any(a => a.Value.Length > MaxAttributeLength))
            {
                throw TooLong(path, node.Name.LocalName);
            }
        }
    }

    /// <summary>The first KB of a file as text, for sniffing.</summary>
    public static string Head(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var buffer = new char[1024];
        return new string(buffer, 0, reader.ReadBlock(buffer));
    }

    private static ListFormatException TooLong(string path, string element) =>
        new(path, $"refused: an attribute of <{element}> is longer than {MaxAttributeLength} characters (OFAC XML has no such attributes)");
}
