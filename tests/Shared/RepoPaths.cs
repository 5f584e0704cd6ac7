namespace Snapback.Tests;

/// <summary>Where the repository, its bundled lists and the shared real list files are, found from the test binary.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The compressed lists that ship in the repository.</summary>
    public static string Bundled => Path.Combine(Root, "data", "lists");

    /// <summary>The real official list files beside the repository (../shared/data/lists), or SNAPBACK_SHARED_LISTS.</summary>
    public static string SharedLists =>
        Environment.GetEnvironmentVariable("SNAPBACK_SHARED_LISTS") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "lists"));

    /// <summary>Public peer matching cases (../shared/eval).</summary>
    public static string SharedEval => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));

    public static string Shared(params string[] parts) => Path.Combine([SharedLists, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Snapback.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Snapback.slnx not found above " + AppContext.BaseDirectory);
    }
}
