using System.CommandLine;

namespace Snapback.Cli;

/// <summary>Options every command shares.</summary>
internal static class CliOptions
{
    /// <summary>The store file: <c>--db</c>, else SNAPBACK_DB, else ./.snapback/snapback.db.</summary>
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "SQLite store file, or a PostgreSQL connection string (Host=…); default $SNAPBACK_DB, else ./.snapback/snapback.db",
        Recursive = true,
    };

    /// <summary>The share of a list's entries a new publication may remove before it is held for confirmation.</summary>
    public static Option<double> MaxRemoval { get; } = new("--max-removal")
    {
        Description = "Hold a publication that removes more than this share of the list's entries (default 0.20)",
        DefaultValueFactory = _ => 0.20,
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
