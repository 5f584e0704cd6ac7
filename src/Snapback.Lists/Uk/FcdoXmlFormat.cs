using System.Xml;
using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.XmlNodes;

namespace Snapback.Lists.Uk;

/// <summary>
/// The FCDO UK Sanctions List XML (<c>UK-Sanctions-List.xml</c>), the only UK source since 28 January 2026: root <c>Designations</c>,
/// <c>DateGenerated</c> (dd/mm/yyyy), one <c>Designation</c> per designation. Ids <c>uk:&lt;UniqueID&gt;</c>; the OFSI Group ID
/// stays on the entity (<see cref="ListedEntity.OfsiGroupId"/>).
/// </summary>
/// <remarks>How each element lands in the entity is in <see cref="FcdoDesignation"/>, shared with the CSV.</remarks>
public sealed class FcdoXmlFormat : IListFormat
{
    private const string Root = "Designations";

    /// <summary>The list has no attributes besides namespace declarations, so a long one is an attack, not data.</summary>
    private const int MaxAttributeLength = 1024;

    private static readonly string[] GivenNames = ["Name1", "Name2", "Name3", "Name4", "Name5"];
    private static readonly string[] AddressLines = ["AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "AddressLine5", "AddressLine6"];

    public string Name => "uk-fcdo-xml";

    public bool CanRead(string path) => XmlListFile.HasRoot(path, Root, "");

    public ParsedList Parse(string path)
    {
        HtmlPage.Reject(path, "a UK Sanctions List XML file");
        var warnings = new List<string>();
        var published = DateGenerated(path, warnings);
        var number = 0;
        var (_, entities) = XmlListFile.Read(path, Root, "", null, ["Designation"], e => ParseDesignation(path, e, ++number, warnings), warnings);
        return new ParsedList(ListSources.UkFcdo, Name, published, [.. entities], [.. warnings]);
    }

    private static ListedEntity? ParseDesignation(string path, XElement d, int number, List<string> warnings)
    {
        RejectLongAttributes(path, d);
        if (Text(d, "UniqueID") is not { } uniqueId)
        {
            warnings.Add($"Designation {number}: no UniqueID, skipped");
            return null;
        }

        var x = new FcdoDesignation(uniqueId, Text(d, "IndividualEntityShip"), warnings);
        foreach (var name in Items(d, "Names", "Name"))
        {
            x.AddName([.. GivenNames.Select(part => Text(name, part))], Text(name, "Name6"), Text(name, "NameType"), Text(name, "AliasStrength"));
        }

        foreach (var nonLatin in Named(d, "NameNonLatinScript"))
        {
            x.AddNonLatinName(Text(nonLatin), nonLatin.Parent is { } parent ? Text(parent, "NonLatinScriptLanguage") : null);
        }

        foreach (var address in Items(d, "Addresses", "Address"))
        {
            x.AddAddress([.. AddressLines.Select(line => Text(address, line))], Text(address, "AddressPostalCode"), Text(address, "AddressCountry"));
        }

        foreach (var place in Named(d, "BirthDetails").SelectMany(details => Children(details, "Location")))
        {
            x.AddBirthPlace(Text(place, "TownOfBirth"), Text(place, "CountryOfBirth"));
        }

        foreach (var passport in Named(d, "Passport"))
        {
            x.AddPassport(Text(passport, "PassportNumber"), Text(passport, "PassportAdditionalInformation"));
        }

        foreach (var identifier in Named(d, "NationalIdentifier"))
        {
            x.AddNationalIdentifier(Text(identifier, "NationalIdentifierNumber"), Text(identifier, "NationalIdentifierAdditionalInformation"));
        }

        foreach (var (_, element, add) in FcdoDesignation.Fields)
        {
            foreach (var value in Named(d, element).Where(static e => !e.HasElements).Select(Text).OfType<string>())
            {
                add(x, value);
            }
        }

        return x.Build();
    }

    private static IEnumerable<XElement> Named(XElement designation, string localName) =>
        designation.Descendants().Where(e => e.Name.LocalName == localName);

    /// <summary>DateGenerated (dd/mm/yyyy) before the first designation; a broken file is left to the full read to report.</summary>
    private static DateTimeOffset? DateGenerated(string path, List<string> warnings)
    {
        try
        {
            using var reader = SafeXml.Open(path);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            for (var i = 0; i < reader.AttributeCount; i++)
            {
                if (reader.GetAttribute(i).Length > MaxAttributeLength)
                {
                    throw TooLong(path, reader.LocalName);
                }
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
                {
                    continue;
                }

                if (reader.LocalName == "Designation")
                {
                    break;
                }

                if (reader.LocalName == "DateGenerated")
                {
                    var text = reader.ReadElementContentAsString().Trim();
                    if ((UkDates.Parse(text) ?? ListDates.ParseIsoDate(text)) is { } date)
                    {
                        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    }

                    warnings.Add($"DateGenerated '{text}' not understood; the publication has no date");
                    return null;
                }
            }
        }
        catch (XmlException)
        {
            // The full read reports it with the file and position.
        }

        return null;
    }

    private static void RejectLongAttributes(string path, XElement designation)
    {
        foreach (var element in designation.DescendantsAndSelf())
        {
            if (element.Attributes().Any(static a => a.Value.Length > MaxAttributeLength))
            {
                throw TooLong(path, element.Name.LocalName);
            }
        }
    }

    private static ListFormatException TooLong(string path, string element) =>
        new(path, $"refused: an attribute of <{element}> is longer than {MaxAttributeLength} characters "
            + "(the UK Sanctions List has no such attributes)");
}
