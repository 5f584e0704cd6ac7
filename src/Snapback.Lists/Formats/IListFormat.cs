namespace Snapback.Lists.Formats;

/// <summary>One official list format: recognises its files by content and parses them into the entity model.</summary>
public interface IListFormat
{
    /// <summary>Short name, e.g. "ofac-csv", "un-xml".</summary>
    string Name { get; }

    /// <summary>True when <paramref name="path"/> (a file, possibly .gz, or a folder for CSV sets) is in this format, judged from its content.</summary>
    bool CanRead(string path);

    /// <summary>Parses the whole publication. Throws <see cref="ListFormatException"/> naming the file and the problem.</summary>
    ParsedList Parse(string path);
}
