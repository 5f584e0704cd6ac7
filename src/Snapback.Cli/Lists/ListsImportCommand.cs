using System.CommandLine;
using Snapback.Cli.Hosting;
using Snapback.Screening.Cases;
using Snapback.Screening.Lists;

namespace Snapback.Cli.Lists;

/// <summary><c>snapback lists import PATH…</c>: files, CSV-set folders or folders of lists; the format is read from the content.</summary>
internal static class ListsImportCommand
{
    private static readonly Argument<string[]> Paths = new("paths") { Description = "List files or folders", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<bool> Confirm = new("--confirm")
    {
        Description = "Store a publication even if it removes more than 20% of the list's entries",
    };

    public static Command Create()
    {
        var command = new Command("import", "Import official list files (format detected from content)") { Paths, Confirm, CliOptions.MaxRemoval, CliOptions.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var actor = await CliActor.ListActorAsync(parse, store.Cases, CaseRole.Analyst, "Importing lists", cancellationToken);
        var importer = new ListFileImporter(new ListImporter(
            store, TimeProvider.System, new ListImportOptions { MaxRemovedShare = parse.GetValue(CliOptions.MaxRemoval) }, actor));
        var results = await importer.ImportAsync(parse.GetValue(Paths)!, parse.GetValue(Confirm), cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(results);
        }
        else
        {
            foreach (var result in results)
            {
                Console.WriteLine(ImportResultText.Describe(result));
            }
        }

        // 0: all stored or already there; 3: something held for confirmation; 1: something rejected.
        if (results.Any(r => r.Import is null || r.Import.Status == ImportStatus.Rejected))
        {
            return 1;
        }

        return results.Any(r => r.Import!.Status == ImportStatus.Held) ? 3 : 0;
    }
}
