using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Snapback.Lists;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Screening.Tests.Support;

/// <summary>
/// A deliberately small reader of the UN consolidated XML (ids, kinds and names only), so download tests exercise real files
/// independently of the production parsers.
/// </summary>
internal static class UnTestReader
{
    public static ParsedList Read(string path)
    {
        XDocument document;
        try
        {
            using var reader = SafeXml.Open(path);
            document = XDocument.Load(reader);
        }
        catch (XmlException error)
        {
            throw SafeXml.Reject(path, error);
        }

        var root = document.Root;
        if (root?.Name.LocalName != "CONSOLIDATED_LIST")
        {
            throw new ListFormatException(path, "not a UN consolidated list");
        }

        var entities = root.Descendants()
            .Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY")
            .Select(e => new ListedEntity(
                "un:" + ((string?)e.Element("REFERENCE_NUMBER") ?? "").Trim(),
                ListSources.Un,
                e.Name.LocalName == "INDIVIDUAL" ? EntityKind.Person : EntityKind.Organization,
                [new EntityName(Name(e), NameType.Primary)],
                [], [], [], [], [], [], [], null, null, []))
            .ToImmutableArray();
        var generated = (string?)root.Attribute("dateGenerated");
        return new ParsedList(
            ListSources.Un,
            "un-xml-test",
            generated is null ? null : DateTimeOffset.Parse(generated, CultureInfo.InvariantCulture),
            entities,
            []);
    }

    private static string Name(XElement e) => string.Join(' ',
        new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(part => ((string?)e.Element(part))?.Trim())
            .Where(part => !string.IsNullOrEmpty(part)));
}
