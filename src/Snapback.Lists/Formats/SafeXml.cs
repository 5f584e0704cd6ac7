using System.Xml;

namespace Snapback.Lists.Formats;

/// <summary>
/// The only way list parsers open XML: no DTD (so no external entities and no entity-expansion bombs), no resolver,
/// and a cap on document size, because list files arrive from the network.
/// </summary>
public static class SafeXml
{
    /// <summary>Largest document accepted, in characters. The full EU XML is about 24 MB; OFAC SDN_ADVANCED about 100 MB.</summary>
    public const long MaxCharacters = 400L * 1024 * 1024;

    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        Async = false,
    };

    /// <summary>Opens <paramref name="path"/> with <see cref="Settings"/>.</summary>
    public static XmlReader Open(string path) => XmlReader.Create(ListFile.OpenRead(path), Settings);

    /// <summary>Turns an <see cref="XmlException"/> into a <see cref="ListFormatException"/> naming the file and the position.</summary>
    public static ListFormatException Reject(string path, XmlException error) =>
        new(path, error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? $"refused: the file declares a DTD (external entities and entity expansion are not allowed) at line {error.LineNumber}"
            : $"not well-formed XML at line {error.LineNumber}, position {error.LinePosition}: {error.Message}", error);
}
