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

    /// <summary>Who acts: <c>--as NAME</c>, else SNAPBACK_USER; the active key of that name in the store gives the role.</summary>
    public static Option<string?> As { get; } = new("--as")
    {
        Description = "Act as this user (a key of that name in the store gives the role); default $SNAPBACK_USER",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json") { Description = "Write JSON instead of a table" };

    /// <summary>
    /// The store to open: a PostgreSQL connection string (<c>Host=…</c>) as given, else the full path of the SQLite file, from
    /// <c>--db</c>, else SNAPBACK_DB, else ./.snapback/snapback.db.
    /// </summary>
    public static string DatabaseTarget(string? option)
    {
        var configured = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable("SNAPBACK_DB") : option;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(".snapback", "snapback.db"));
        }

        return IsPostgres(configured) ? configured : Path.GetFullPath(configured);
    }

    public static bool IsPostgres(string target) => target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
}
