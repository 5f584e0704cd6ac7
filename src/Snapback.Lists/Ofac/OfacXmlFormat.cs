using System.Xml;
using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.TextParts;
using static Snapback.Lists.Formats.XmlNodes;
using static Snapback.Lists.Ofac.OfacXmlNodes;

namespace Snapback.Lists.Ofac;

/// <summary>
/// The OFAC sdnList XML (SDN.XML and the non-SDN consolidated.xml), in the old <c>http://tempuri.org/sdnList.xsd</c> namespace and
/// the sanctions list service's new one; elements are matched on local names only. Streams one sdnEntry at a time.
/// </summary>
/// <remarks>
/// SDN or non-SDN: a file name containing "cons" means the non-SDN list and one containing "sdn" the SDN list. Otherwise the
/// list is non-SDN when any entry carries a program that exists only there (NS-*, CMIC-*, FSE-*, 561-*) or an SSI directive
/// determination id; UKRAINE-EO13662 and RUSSIA-EO14024 alone prove nothing, since both lists use them.
/// </remarks>
internal sealed class OfacXmlFormat : IListFormat
{
    public string Name => "ofac-xml";

    public bool CanRead(string path) => HasRoot(path, SafeXml.Open, "sdnList");

    public ParsedList Parse(string path)
    {
        RejectHtml(path);
        var warnings = new List<string>();
        var entities = new Dictionary<string, ListedEntity>(StringComparer.Ordinal);
        var nonSdnEvidence = false;
        DateTimeOffset? published = null;
        try
        {
            using var reader = SafeXml.Open(path);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "sdnList")
            {
                throw new ListFormatException(path, $"root element is <{reader.LocalName}>, expected <sdnList>");
            }

            CheckAttributes(path, reader);
            foreach (var element in Stream(path, reader, "Publish_Date", "sdnEntry"))
            {
                if (element.Name.LocalName == "Publish_Date")
                {
                    published = OfacDates.ParsePublishDate(element.Value);
                }
                else if (ReadEntry(element, warnings) is { } entity)
                {
                    nonSdnEvidence |= IsNonSdnOnly(entity);
                    if (!entities.TryAdd(entity.Id, entity))
                    {
                        warnings.Add($"duplicate uid {entity.Id} skipped");
                    }
                }
            }
        }
        catch (XmlException error)
        {
            throw SafeXml.Reject(path, error);
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(path, "no sdnEntry elements");
        }

        var source = DecideSource(path, nonSdnEvidence);
        return new ParsedList(source, Name, published, [.. entities.Values.Select(e => e with { Source = source })], [.. warnings]);
    }

    private static string DecideSource(string path, bool nonSdnEvidence)
    {
        var name = ListFile.LogicalName(path);
        if (name.Contains("cons", StringComparison.OrdinalIgnoreCase))
        {
            return ListSources.OfacConsolidated;
        }

        if (name.Contains("sdn", StringComparison.OrdinalIgnoreCase))
        {
            return ListSources.OfacSdn;
        }

        return nonSdnEvidence ? ListSources.OfacConsolidated : ListSources.OfacSdn;
    }

    private static bool IsNonSdnOnly(ListedEntity entity) =>
        entity.Programs.Any(p => p.StartsWith("NS-", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("CMIC-", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("FSE-", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("561", StringComparison.Ordinal))
        || entity.Remarks?.Contains("Directive Determination - Subject to Directive", StringComparison.Ordinal) == true;

    private static ListedEntity? ReadEntry(XElement entry, List<string> warnings)
    {
        var uid = Text(entry, "uid");
        if (uid is null || !uid.All(char.IsAsciiDigit))
        {
            warnings.Add($"sdnEntry without a numeric uid ('{uid}') skipped");
            return null;
        }

        var type = Text(entry, "sdnType");
        var kind = OfacNames.Kind(type);
        if (kind is null)
        {
            warnings.Add($"uid {uid} has unknown sdnType '{type}', read as an entity");
        }

        var entity = new ListedEntityBuilder("ofac:" + uid, ListSources.OfacSdn, kind ?? EntityKind.Organization)
        {
            Title = Text(entry, "title"),
        };
        entity.AddName(OfacNames.FromParts(Text(entry, "firstName"), Text(entry, "lastName"), NameType.Primary, entity.Kind));
        entity.Programs.AddRange(Items(entry, "programList", "program").Select(p => p.Value.Trim()).Where(p => p.Length > 0));
        OfacRemarks.Apply(Text(entry, "remarks"), entity);

        foreach (var aka in Items(entry, "akaList", "aka"))
        {
            entity.AddName(OfacNames.FromParts(Text(aka, "firstName"), Text(aka, "lastName"), AliasType(aka), entity.Kind));
        }

        // The service reorders <id> children between publications; reading them in a fixed order keeps the remarks built from them
        // identical, so a reordered entry is not a changed entry.
        foreach (var id in Items(entry, "idList", "id").OrderBy(IdOrder, StringComparer.Ordinal))
        {
            ReadId(id, entity);
        }

        foreach (var address in Items(entry, "addressList", "address"))
        {
            var street = Join(", ", Text(address, "address1"), Text(address, "address2"), Text(address, "address3"));
            var city = Join(" ", Text(address, "city"), Text(address, "stateOrProvince"), Text(address, "postalCode"));
            if (street is not null || city is not null || Text(address, "country") is not null)
            {
                entity.Addresses.Add(new Address(street, city, Text(address, "country"), null));
            }
        }

        entity.Nationalities.AddRange(Items(entry, "nationalityList", "nationality").Select(n => Text(n, "country")).OfType<string>());
        entity.Citizenships.AddRange(Items(entry, "citizenshipList", "citizenship").Select(n => Text(n, "country")).OfType<string>());
        entity.PlacesOfBirth.AddRange(
            Items(entry, "placeOfBirthList", "placeOfBirthItem").Select(n => Text(n, "placeOfBirth")).OfType<string>());
        foreach (var item in Items(entry, "dateOfBirthList", "dateOfBirthItem"))
        {
            if (Text(item, "dateOfBirth") is not { } text)
            {
                continue;
            }

            if (OfacDates.ParseBirthDate(text) is { } date)
            {
                entity.BirthDates.Add(date);
            }
            else
            {
                warnings.Add($"uid {uid}: unreadable dateOfBirth '{text}' kept in remarks");
                entity.Remarks = Join("; ", entity.Remarks, "DOB " + text);
            }
        }

        if (Child(entry, "vesselInfo") is { } vessel)
        {
            if (Text(vessel, "callSign") is { } callSign)
            {
                entity.Identifiers.Add(new Identifier(IdentifierType.CallSign, callSign, Label: "Call Sign"));
            }

            entity.Vessel = new VesselDetails(
                Text(vessel, "vesselFlag"),
                Text(vessel, "vesselType"),
                Text(vessel, "tonnage"),
                Text(vessel, "grossRegisteredTonnage"),
                Text(vessel, "vesselOwner"));
        }

        return entity.Build();
    }

    private static string IdOrder(XElement id) => string.Join('\u001f', Text(id, "idType"), Text(id, "idNumber"), Text(id, "idCountry"));

    /// <summary>An id is an identifier when its idType is a known identifier label; otherwise it is information kept in the remarks.</summary>
    private static void ReadId(XElement id, ListedEntityBuilder entity)
    {
        var label = Text(id, "idType") ?? "";
        var number = Text(id, "idNumber") ?? "";
        if (string.Equals(label, "Gender", StringComparison.OrdinalIgnoreCase))
        {
            entity.Gender = number;
        }
        else if (OfacIdentifierLabels.Create(label, number, Text(id, "idCountry")) is { } identifier)
        {
            entity.Identifiers.Add(identifier);
        }
        else if (Join(" ", label, number) is { } information)
        {
            entity.Remarks = Join("; ", entity.Remarks, information);
        }
    }

    private static NameType AliasType(XElement aka) => Text(aka, "type")?.ToUpperInvariant() switch
    {
        "F.K.A." => NameType.FormerName,
        "N.K.A." => NameType.StrongAlias,
        _ => string.Equals(Text(aka, "category"), "weak", StringComparison.OrdinalIgnoreCase) ? NameType.WeakAlias : NameType.StrongAlias,
    };

    private static void RejectHtml(string path)
    {
        if (!File.Exists(path))
        {
            throw new ListFormatException(path, "no such file");
        }

        var head = OfacXmlNodes.Head(ListFile.OpenRead(path));
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase))
        {
            throw new ListFormatException(path, "an HTML page, not an OFAC sdnList XML file");
        }
    }
}
