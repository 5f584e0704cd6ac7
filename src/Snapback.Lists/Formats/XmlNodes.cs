using System.Xml.Linq;

namespace Snapback.Lists.Formats;

/// <summary>
/// Element and attribute access for XML list entries, matched on local names so that a publication moving to another
/// namespace reads the same. Every text is trimmed, and blank is null.
/// </summary>
internal static class XmlNodes
{
    public static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    /// <summary>The items of a list element: <c>Items(entry, "akaList", "aka")</c>.</summary>
    public static IEnumerable<XElement> Items(XElement parent, string list, string item) =>
        Children(parent, list).SelectMany(l => Children(l, item));

    /// <summary>The trimmed text of a child element, or null when it is absent or blank.</summary>
    public static string? Text(XElement parent, string localName) => Text(Child(parent, localName));

    /// <summary>The trimmed text of an element, or null when it is absent or blank.</summary>
    public static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The trimmed value of an attribute, or null when it is absent or blank.</summary>
    public static string? Attr(XElement? element, string name) =>
        element?.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

}
