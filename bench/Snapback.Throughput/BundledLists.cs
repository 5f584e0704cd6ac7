using Snapback.Lists.Formats;

namespace Snapback.Throughput;

/// <summary>The list files and folders shipped in data/lists, one per list, found from the binary's location.</summary>
internal sealed class BundledLists
{
    private BundledLists(string folder, IReadOnlyList<string> paths)
    {
        Folder = folder;
        Paths = paths;
    }

    public string Folder { get; }

    /// <summary>Each list: a file, or a folder that is one list (an OFAC CSV set), in name order.</summary>
    public IReadOnlyList<string> Paths { get; }

    public static BundledLists Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Snapback.slnx")))
            {
                var folder = Path.Combine(dir.FullName, "data", "lists");
                var lists = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).SelectMany(ListsIn);
                return new BundledLists(folder, [.. lists]);
            }
        }

        throw new InvalidOperationException("Snapback.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The name a list is shown under: its folder below data/lists.</summary>
    public string Name(string path) => System.IO.Path.GetRelativePath(Folder, path).Split(System.IO.Path.DirectorySeparatorChar)[0];

    public IReadOnlyList<ParsedList> ParseAll() => [.. Paths.Select(ListReader.Read)];

    private static IEnumerable<string> ListsIn(string folder) =>
        ListReader.Formats.Any(f => f.CanRead(folder))
            ? [folder]
            : Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Where(file => ListReader.Formats.Any(f => f.CanRead(file)));
}
