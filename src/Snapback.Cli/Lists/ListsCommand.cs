using System.CommandLine;

namespace Snapback.Cli.Lists;

/// <summary><c>snapback lists …</c>: import, status, diff, show, update.</summary>
internal static class ListsCommand
{
    public static Command Create() => new("lists", "Import, inspect, compare and update the official lists")
    {
        ListsImportCommand.Create(),
        ListsStatusCommand.Create(),
        ListsDiffCommand.Create(),
        ListsShowCommand.Create(),
        ListsUpdateCommand.Create(),
    };
}
