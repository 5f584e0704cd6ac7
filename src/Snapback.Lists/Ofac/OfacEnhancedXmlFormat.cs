using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.TextParts;
using static Snapback.Lists.Formats.XmlNodes;
using static Snapback.Lists.Ofac.OfacXmlNodes;

namespace Snapback.Lists.Ofac;

/// <summary>
/// OFAC's Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML; root <c>sanctionsData</c>), as the XML file or the ZIP OFAC serves it in.
/// Names come with their scripts, documents and features are typed, and links are explicit relationships.
/// </summary>
/// <remarks>
/// SDN or non-SDN: the publication's own filter (publicationInfo/filters/sanctionsLists) says "SDN List" or "Consolidated List";
/// without one, a file name containing "cons" means the non-SDN list.
/// </remarks>
internal sealed class OfacEnhancedXmlFormat : IListFormat
{
    public string Name => "ofac-enhanced-xml";

    public bool CanRead(string path) => HasRoot(path, Open, "sanctionsData");

    public ParsedList Parse(string path)
    {
        var warnings = new List<string>();
        var entities = new Dictionary<string, ListedEntityBuilder>(StringComparer.Ordinal);
        var filters = new List<string>();
        DateTimeOffset? published = null;
        try
        {
            using var reader = Open(path);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "sanctionsData")
            {
                throw new ListFormatException(path, $"root element is <{reader.LocalName}>, expected <sanctionsData>");
            }

            CheckAttributes(path, reader);
            foreach (var element in Stream(path, reader, "publicationInfo", "entity"))
            {
                if (element.Name.LocalName == "publicationInfo")
                {
                    published = DateTimeOffset.TryParse(
                        Text(element, "dataAsOf"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var asOf)
                        ? asOf
                        : null;
                    filters.AddRange(element.Descendants().Where(e => e.Name.LocalName == "sanctionsList").Select(e => e.Value.Trim()));
                }
                else if (ReadEntity(element, warnings) is { } entity)
                {
                    if (!entities.TryAdd(entity.Id, entity))
                    {
                        warnings.Add($"duplicate entity id {entity.Id} skipped");
                    }
                }
            }
        }
        catch (XmlException error)
        {
            throw SafeXml.Reject(path, error);
        }
        catch (InvalidDataException error)
        {
            throw new ListFormatException(path, "damaged or truncated ZIP/compressed data: " + error.Message, error);
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(path, "no entity elements");
        }

        var source = filters.Any(f => f.Contains("SDN List", StringComparison.OrdinalIgnoreCase)) ? ListSources.OfacSdn
            : filters.Any(f => f.Contains("Consolidated", StringComparison.OrdinalIgnoreCase)) ? ListSources.OfacConsolidated
            : Path.GetFileName(path).Contains("cons", StringComparison.OrdinalIgnoreCase) ? ListSources.OfacConsolidated
            : ListSources.OfacSdn;
        return new ParsedList(
            source, Name, published, [.. entities.Values.Select(e => e.Build() with { Source = source })], [.. warnings]);
    }

    /// <summary>Opens the XML itself, or the single .xml entry of a ZIP (checked by its "PK" signature, not its name).</summary>
    private static XmlReader Open(string path)
    {
        var stream = ListFile.OpenRead(path);
        Span<byte> signature = stackalloc byte[2];
        if (stream.CanSeek && stream.ReadAtLeast(signature, 2, throwOnEndOfStream: false) == 2 && signature is [(byte)'P', (byte)'K'])
        {
            stream.Position = 0;
            var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var entries = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            if (entries is not [var entry])
            {
                zip.Dispose();
                throw new ListFormatException(path, "the ZIP does not hold exactly one .xml file");
            }

            // SafeXml's document-size cap also bounds what a compressed bomb can expand to.
            return XmlReader.Create(new ZipOwningStream(entry.Open(), zip), SafeXml.Settings);
        }

        if (stream.CanSeek)
        {
            stream.Position = 0;
            return XmlReader.Create(stream, SafeXml.Settings);
        }

        stream.Dispose();
        return SafeXml.Open(path);
    }

    private static ListedEntityBuilder? ReadEntity(XElement element, List<string> warnings)
    {
        var id = element.Attribute("id")?.Value.Trim();
        if (id is null || id.Length == 0 || !id.All(char.IsAsciiDigit))
        {
            warnings.Add($"entity without a numeric id ('{id}') skipped");
            return null;
        }

        var general = Child(element, "generalInfo");
        var type = general is null ? null : Text(general, "entityType");
        var kind = OfacNames.Kind(type);
        if (kind is null)
        {
            warnings.Add($"entity {id} has unknown entityType '{type}', read as an entity");
        }

        var entity = new ListedEntityBuilder("ofac:" + id, ListSources.OfacSdn, kind ?? EntityKind.Organization);
        entity.Programs.AddRange(Items(element, "sanctionsPrograms", "sanctionsProgram").Select(p => p.Value.Trim()));
        if (general is not null)
        {
            OfacRemarks.Apply(Text(general, "remarks"), entity);
        }

        foreach (var name in Items(element, "names", "name"))
        {
            ReadName(name, entity);
        }

        foreach (var address in Items(element, "addresses", "address"))
        {
            ReadAddress(address, entity);
        }

        foreach (var feature in Items(element, "features", "feature"))
        {
            ReadFeature(feature, entity, warnings);
        }

        foreach (var document in Items(element, "identityDocuments", "identityDocument"))
        {
            var label = Text(document, "type") ?? "Document";
            var number = Text(document, "documentNumber");
            var country = Text(document, "issuingCountry");
            if (number is not null)
            {
                entity.Identifiers.Add(
                    OfacIdentifierLabels.Create(label, number, country) ?? new Identifier(IdentifierType.Other, number, country, label));
            }
        }

        entity.LinkedTo.AddRange(
            Items(element, "relationships", "relationship").Select(r => Text(r, "relatedEntity")).OfType<string>());
        return entity;
    }

    private static void ReadName(XElement name, ListedEntityBuilder entity)
    {
        var aliasType = Text(name, "aliasType")?.ToUpperInvariant();
        var type = string.Equals(Text(name, "isPrimary"), "true", StringComparison.OrdinalIgnoreCase) ? NameType.Primary
            : aliasType == "F.K.A." ? NameType.FormerName
            : string.Equals(Text(name, "isLowQuality"), "true", StringComparison.OrdinalIgnoreCase) ? NameType.WeakAlias
            : NameType.StrongAlias;
        foreach (var translation in Items(name, "translations", "translation"))
        {
            var full = Text(translation, "formattedFullName");
            if (full is null)
            {
                continue;
            }

            var latin = string.Equals(Text(translation, "script"), "Latin", StringComparison.OrdinalIgnoreCase);
            var given = Text(translation, "formattedFirstName");
            var family = Text(translation, "formattedLastName");
            var spelled = entity.Kind == EntityKind.Person
                ? new EntityName(full, latin ? type : NameType.OriginalScript, latin ? null : Text(translation, "script"), given, family)
                : new EntityName(full, latin ? type : NameType.OriginalScript, latin ? null : Text(translation, "script"));
            if (spelled.Type == NameType.Primary && !entity.Names.Exists(n => n.Type == NameType.Primary))
            {
                entity.Names.Insert(0, spelled);
            }
            else
            {
                entity.AddName(spelled.Type == NameType.Primary ? spelled with { Type = NameType.StrongAlias } : spelled);
            }
        }
    }

    private static void ReadAddress(XElement address, ListedEntityBuilder entity)
    {
        var parts = Items(address, "translations", "translation")
            .Where(t => string.Equals(Text(t, "isPrimary"), "true", StringComparison.OrdinalIgnoreCase))
            .SelectMany(t => Items(t, "addressParts", "addressPart"))
            .Select(p => (Type: Text(p, "type")?.ToUpperInvariant(), Value: Text(p, "value")))
            .ToList();
        string? Part(string type) => Join(" ", [.. parts.Where(p => p.Type == type).Select(p => p.Value)]);

        var street = Join(", ", Part("ADDRESS1"), Part("ADDRESS2"), Part("ADDRESS3"));
        var city = Join(" ", Part("CITY"), Part("STATE/PROVINCE"), Part("POSTAL CODE"), Part("REGION"));
        var country = Text(address, "country");
        if (street is not null || city is not null || country is not null)
        {
            entity.Addresses.Add(new Address(street, city, country, null));
        }
    }

    private static void ReadFeature(XElement feature, ListedEntityBuilder entity, List<string> warnings)
    {
        var type = Text(feature, "type") ?? "";
        var value = Text(feature, "value");
        if (value is null)
        {
            return;
        }

        switch (type)
        {
            case "Birthdate":
                if (OfacDates.ParseBirthDate(value) is { } date)
                {
                    var approximate = string.Equals(
                        Child(feature, "valueDate") is { } when ? Text(when, "isApproximate") : null, "true", StringComparison.OrdinalIgnoreCase);
                    entity.BirthDates.Add(approximate ? date with { Circa = true } : date);
                }
                else
                {
                    warnings.Add($"{entity.Id}: unreadable Birthdate '{value}' kept in remarks");
                    entity.Remarks = Join("; ", entity.Remarks, "DOB " + value);
                }

                break;
            case "Place of Birth":
                entity.PlacesOfBirth.Add(value);
                break;
            case "Nationality Country":
                entity.Nationalities.Add(value);
                break;
            case "Citizenship Country":
                entity.Citizenships.Add(value);
                break;
            case "Gender":
                entity.Gender = value;
                break;
            default:
                if (OfacIdentifierLabels.Create(type, value, null) is { } identifier)
                {
                    entity.Identifiers.Add(identifier);
                }
                else
                {
                    entity.Remarks = Join("; ", entity.Remarks, Join(" ", type, value));
                }

                break;
        }
    }
}
