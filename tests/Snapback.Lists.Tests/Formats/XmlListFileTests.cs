using Snapback.Lists.Eu;
using Snapback.Lists.Formats;
using Snapback.Lists.Tests.Support;
using Snapback.Lists.Un;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Formats;

/// <summary>Hostile and broken XML through both XML list formats, which share their reading.</summary>
public sealed class XmlListFileTests
{
    private static readonly Dictionary<string, IListFormat> Formats = new(StringComparer.Ordinal)
    {
        ["un-xml"] = new UnXmlFormat(),
        ["eu-fsf-xml"] = new EuFsfXmlFormat(),
    };

    public static TheoryData<string, string> HostileFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in Formats.Keys)
        {
            foreach (var file in (string[])["xxe.xml", "entity-bomb.xml", "wrong-root.xml", "html-error.html"])
            {
                data.Add(format, file);
            }
        }

        return data;
    }

    public static TheoryData<string, string> RealFiles() => new()
    {
        { "un-xml", RepoPaths.Shared("un", "consolidated-2025-12-10.xml") },
        { "eu-fsf-xml", TestFiles.Get("Eu", "fsf-2018-12-21-excerpt.xml") },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Parse_HostileXml_IsRejectedNamingTheFile(string format, string name)
    {
        var path = TestFiles.Get("Xml", name);

        Assert.False(Formats[format].CanRead(path));
        var error = Assert.Throws<ListFormatException>(() => Formats[format].Parse(path));
        Assert.StartsWith(name + ":", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("un-xml", "xxe.xml")]
    [InlineData("un-xml", "entity-bomb.xml")]
    [InlineData("eu-fsf-xml", "xxe.xml")]
    [InlineData("eu-fsf-xml", "entity-bomb.xml")]
    public void Parse_DtdInput_IsRefusedAsDtd(string format, string name)
    {
        var path = TestFiles.Get("Xml", name);

        var error = Assert.Throws<ListFormatException>(() => Formats[format].Parse(path));
        Assert.Contains("DTD", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Parse_TruncatedXml_IsRejected(string format, string source)
    {
        using var temp = new TempFolder();
        var path = temp.WriteTruncated($"{format}-truncated.xml", source, 2, 3);
        var error = Assert.Throws<ListFormatException>(() => Formats[format].Parse(path));
        Assert.StartsWith(Path.GetFileName(path) + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("not well-formed", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingFile_IsNotReadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.xml");

        Assert.All(Formats.Values, f => Assert.False(f.CanRead(path)));
    }
}
