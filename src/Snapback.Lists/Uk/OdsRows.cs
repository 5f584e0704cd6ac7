using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Snapback.Lists.Formats;

namespace Snapback.Lists.Uk;

/// <summary>
/// Reads the rows of one sheet of an OpenDocument spreadsheet (.ods: a zip holding content.xml), streaming,
/// with the same XML safety settings as list files. Repeated cells are expanded; empty rows are skipped.
/// </summary>
internal static class OdsRows
{
    public const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>Largest column count kept: sheets pad every row with thousands of repeated empty cells.</summary>
    private const int MaxColumns = 256;

    /// <summary>True when the file is a zip whose <c>mimetype</c> entry says OpenDocument spreadsheet.</summary>
    public static bool IsSpreadsheet(string path)
    {
        try
        {
            using var zip = OpenZip(path);
            var mime = zip.GetEntry("mimetype");
            if (mime is null || mime.Length > 200)
            {
                return false;
            }

            using var reader = new StreamReader(mime.Open(), Encoding.ASCII);
            return string.Equals(reader.ReadToEnd().Trim(), MimeType, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The non-empty rows of sheet <paramref name="sheet"/>, cells trimmed; throws <see cref="ListFormatException"/> when absent or broken.</summary>
    public static IEnumerable<string[]> Read(string path, string sheet)
    {
        using var zip = OpenZip(path);
        var content = zip.GetEntry("content.xml") ?? throw new ListFormatException(path, "no content.xml in the spreadsheet");
        using var reader = XmlReader.Create(content.Open(), SafeXml.Settings);
        var found = false;
        while (true)
        {
            XElement? row;
            try
            {
                row = NextRow(reader, sheet, ref found);
            }
            catch (XmlException e)
            {
                throw SafeXml.Reject(path, e);
            }

            if (row is null)
            {
                break;
            }

            var cells = Cells(row);
            if (cells.Any(static c => c.Length > 0))
            {
                yield return cells;
            }
        }

        if (!found)
        {
            throw new ListFormatException(path, $"no sheet named '{sheet}'");
        }
    }

    private static XElement? NextRow(XmlReader reader, string sheet, ref bool inSheet)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == TableNs)
            {
                if (reader.LocalName == "table")
                {
                    if (inSheet)
                    {
                        return null;
                    }

                    inSheet = string.Equals(reader.GetAttribute("name", TableNs), sheet, StringComparison.Ordinal);
                }
                else if (reader.LocalName == "table-row" && inSheet)
                {
                    return (XElement)XNode.ReadFrom(reader);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "table" && inSheet)
            {
                return null;
            }

            reader.Read();
        }

        return null;
    }

    private static string[] Cells(XElement row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements())
        {
            if (cell.Name.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                continue;
            }

            var text = string.Join('\n', cell.Elements(XName.Get("p", TextNs)).Select(Paragraph)).Trim();
            var repeat = int.TryParse(cell.Attribute(XName.Get("number-columns-repeated", TableNs))?.Value, out var n) ? n : 1;
            for (var i = 0; i < repeat && cells.Count < MaxColumns; i++)
            {
                cells.Add(text);
            }
        }

        while (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return [.. cells];
    }

    /// <summary>Paragraph text with <c>text:s</c> (runs of spaces) and <c>text:tab</c> restored.</summary>
    private static string Paragraph(XElement p)
    {
        var sb = new StringBuilder();
        foreach (var node in p.DescendantNodes())
        {
            switch (node)
            {
                case XText t:
                    sb.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "s" } s:
                    sb.Append(' ', int.TryParse(s.Attribute(XName.Get("c", TextNs))?.Value, out var c) ? Math.Clamp(c, 1, 100) : 1);
                    break;
                case XElement { Name.LocalName: "tab" }:
                    sb.Append('\t');
                    break;
                case XElement { Name.LocalName: "line-break" }:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Zip needs a seekable stream; a gzipped copy is inflated into memory first.</summary>
    private static ZipArchive OpenZip(string path)
    {
        var stream = ListFile.OpenRead(path);
        if (!stream.CanSeek)
        {
            var buffer = new MemoryStream();
            using (stream)
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            stream = buffer;
        }

        return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
    }
}
