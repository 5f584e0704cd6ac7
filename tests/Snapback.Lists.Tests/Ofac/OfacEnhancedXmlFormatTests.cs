using System.IO.Compression;
using System.Xml.Linq;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Lists.Tests.Support;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Ofac;

public sealed class OfacEnhancedXmlFormatTests
{
    private static readonly string Zip = RepoPaths.Shared("ofac", "cons-enhanced-2025-01-10", "CONS_ENHANCED.ZIP");

    private static XDocument LoadRaw()
    {
        using var archive = ZipFile.OpenRead(Zip);
        using var stream = archive.Entries.Single().Open();
        return XDocument.Load(stream);
    }

    private static IEnumerable<XElement> Named(XContainer root, string localName) =>
        root.Descendants().Where(e => e.Name.LocalName == localName);

    [Fact]
    public void Parse_ConsEnhancedZip_CountsAsTheDocument()
    {
        var raw = LoadRaw();
        var entities = Named(raw, "entity").ToList();
        string Type(XElement e) => Named(e, "entityType").Single().Value;

        var list = ListReader.Read(Zip);

        Assert.Equal("ofac-enhanced-xml", list.Format);
        Assert.Equal(ListSources.OfacConsolidated, list.Source);
        Assert.Equal(DateTimeOffset.Parse(Named(raw, "dataAsOf").Single().Value + "Z", System.Globalization.CultureInfo.InvariantCulture), list.PublishedAt);
        Assert.Equal(entities.Select(e => "ofac:" + e.Attribute("id")!.Value).Order(StringComparer.Ordinal), list.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(entities.Count(e => Type(e) == "Individual"), list.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(entities.Count(e => Type(e) == "Entity"), list.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(Named(raw, "relationship").Count(), list.Entities.Sum(e => e.LinkedTo.Length));
        Assert.Equal(
            entities.Sum(e => Named(e, "feature").Count(f => Named(f, "type").First().Value == "Birthdate")),
            list.Entities.Sum(e => e.BirthDates.Length));
        Assert.Equal(
            Named(raw, "translation").Count(t => t.Elements().Any(c => c.Name.LocalName == "script" && c.Value != "Latin")
                && t.Elements().Any(c => c.Name.LocalName == "formattedFullName")),
            list.Entities.Sum(e => e.Names.Count(n => n.Type == NameType.OriginalScript)));
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void Parse_ConsEnhanced_AgreesWithTheLegacyXmlOfTheSameQuarter()
    {
        var enhanced = ListReader.Read(Zip).Entities.ToDictionary(e => e.Id);
        var legacy = ListReader.Read(RepoPaths.Shared("ofac", "cons-2025-03-28", "consolidated.xml")).Entities;

        var common = legacy.Where(e => enhanced.ContainsKey(e.Id)).ToList();
        Assert.True(common.Count > legacy.Length * 9 / 10);
        foreach (var entity in common)
        {
            EntityAssert.SameCore(entity, enhanced[entity.Id]);
        }
    }

    [Fact]
    public void Parse_EntityWithDocumentsAndScripts_ReadsThem()
    {
        var list = ListReader.Read(Zip);
        var raw = Named(LoadRaw(), "entity").First(e => Named(e, "identityDocument").Any() && Named(e, "script").Any(s => s.Value == "Cyrillic"));
        var entity = list.Entities.Single(e => e.Id == "ofac:" + raw.Attribute("id")!.Value);

        foreach (var document in Named(raw, "identityDocument"))
        {
            var number = Named(document, "documentNumber").Single().Value;
            Assert.Contains(entity.Identifiers, i => i.Value == number && i.Label == Named(document, "type").Single().Value);
        }

        var cyrillic = Named(raw, "translation").Where(t => Named(t, "script").Single().Value == "Cyrillic")
            .Select(t => Named(t, "formattedFullName").Single().Value);
        Assert.All(cyrillic, c => Assert.Contains(entity.Names, n => n.Full == c && n is { Type: NameType.OriginalScript, Language: "Cyrillic" }));
    }

    [Fact]
    public void Parse_TruncatedZip_IsRejected()
    {
        using var temp = new TempFolder();
        var path = temp.WriteTruncated("CONS_ENHANCED.ZIP", Zip, 1, 2);

        var format = ListReader.Formats.Single(f => f.Name == "ofac-enhanced-xml");
        Assert.False(format.CanRead(path));
        var error = Assert.Throws<ListFormatException>(() => format.Parse(path));
        Assert.Contains("CONS_ENHANCED.ZIP: damaged or truncated ZIP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZipWithoutXml_IsRejected()
    {
        using var temp = new TempFolder();
        var path = temp.PathOf("SDN_ENHANCED.ZIP");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("not a list");
        }

        var format = ListReader.Formats.Single(f => f.Name == "ofac-enhanced-xml");
        Assert.False(format.CanRead(path));
        var error = Assert.Throws<ListFormatException>(() => format.Parse(path));
        Assert.Contains("SDN_ENHANCED.ZIP: the ZIP does not hold exactly one .xml file", error.Message, StringComparison.Ordinal);
    }
}
