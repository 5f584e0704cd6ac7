using System.CommandLine;

namespace Snapback.Cli;

/// <summary>Options every command shares.</summary>
internal static class CliOptions
{
    /// <summary>The store file: <c>--db</c>, else SNAPBACK_DB, else ./.snapback/snapback.db.</summary>
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "SQLite store file (default: $SNAPBACK_DB, else ./.snapback/snapback.db)",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json") { Description = "Write JSON instead of a table" };

    public static string DatabasePath(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var configured = Environment.GetEnvironmentVariable("SNAPBACK_DB");
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(".snapback", "snapback.db") : configured);
    }
}
